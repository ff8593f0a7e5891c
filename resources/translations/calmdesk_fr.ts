<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="53"/>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Appuyez sur %s à côté de votre chat pour trouver une phrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="55"/>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>Le menu de l&apos;icône de la zone de notification contient la liste d&apos;étapes, vos phrases et les réglages.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="56"/>
        <source>CalmDesk is running</source>
        <translation>CalmDesk est lancé</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>Export your phrases</source>
        <translation>Exporter vos phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>Pack CalmDesk (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="344"/>
        <source>Not exported: %s</source>
        <translation>Non exporté : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="345"/>
        <source>Exported %d phrases to %s</source>
        <translation>%d phrases exportées vers %s</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="25"/>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="32"/>
        <source>About CalmDesk</source>
        <translation>À propos de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="28"/>
        <source>CalmDesk logo</source>
        <translation>Logo de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="48"/>
        <source>Settings file</source>
        <translation>Fichier de réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="49"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="50"/>
        <source>Your phrase packs</source>
        <translation>Vos packs de phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="58"/>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Des réponses calmes et prêtes à l&apos;emploi pour les agents face à un client mécontent.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="59"/>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Fonctionne entièrement hors ligne : rien de ce que vous tapez ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="117"/>
        <source>Some settings were not understood</source>
        <translation>Certains réglages n&apos;ont pas été compris</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="155"/>
        <source>Copied, not pasted</source>
        <translation>Copié, pas collé</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="139"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="166"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="167"/>
        <source>Phrases of every category</source>
        <translation>Phrases de toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="168"/>
        <source>Category: %s</source>
        <translation>Catégorie : %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="68"/>
        <source>Tone check</source>
        <translation>Vérification du ton</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="69"/>
        <source>Tone check summary</source>
        <translation>Résumé de la vérification du ton</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="75"/>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Tapez ou collez votre réponse ici : les mots qui pourraient aggraver les choses sont soulignés.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="77"/>
        <source>Draft reply</source>
        <translation>Brouillon de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="79"/>
        <source>Tone findings</source>
        <translation>Remarques sur le ton</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="83"/>
        <source>Fixes for the selected finding</source>
        <translation>Corrections pour la remarque choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="124"/>
        <source>Say instead: “%s”</source>
        <translation>Dites plutôt : « %s »</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="126"/>
        <source>Leave out “%s”</source>
        <translation>Retirez « %s »</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="133"/>
        <source>Use the phrase “%s”</source>
        <translation>Utilisez la phrase « %s »</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="198"/>
        <source>Tone check: write or paste your reply below</source>
        <translation>Vérification du ton : écrivez ou collez votre réponse ci-dessous</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="201"/>
        <source>Tone check: reads calmly</source>
        <translation>Vérification du ton : le texte est calme</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="203"/>
        <source>Tone check: 1 thing to look at</source>
        <translation>Vérification du ton : 1 point à revoir</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="204"/>
        <source>Tone check: %d things to look at</source>
        <translation>Vérification du ton : %d points à revoir</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="209"/>
        <source>No %s</source>
        <translation>Pas de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="220"/>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Rien à changer : le brouillon est calme.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="223"/>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Reformulez ce passage avec vos mots (Alt+↑/↓ remarque suivante).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="103"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="117"/>
        <source>Close complaint…</source>
        <translation>Clore la réclamation…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="124"/>
        <source>Checklist</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="125"/>
        <source>Complaint checklist</source>
        <translation>Étapes de la réclamation</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="126"/>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="127"/>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="128"/>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Commencer une nouvelle réclamation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="129"/>
        <source>Reply clock</source>
        <translation>Horloge de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="133"/>
        <source>Checklist steps</source>
        <translation>Étapes de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="135"/>
        <source>What to do in this step</source>
        <translation>Que faire à cette étape</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="140"/>
        <source>Phrases for this step</source>
        <translation>Phrases pour cette étape</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="142"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="146"/>
        <source>Close complaint</source>
        <translation>Clore la réclamation</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="218"/>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Aucune réclamation ouverte : Ctrl+N en commence une</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="304"/>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Taper ici ne fait rien : cliquez dans la fenêtre du chat pour écrire.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="321"/>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Commencez d&apos;abord une réclamation (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>%s décochée · Ctrl+Z annule</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>%s cochée · Ctrl+Z annule</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="333"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Ticked %s again</source>
        <translation>%s cochée à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Unticked %s</source>
        <translation>%s décochée</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="397"/>
        <source>Could not copy: %s</source>
        <translation>Impossible de copier : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="400"/>
        <source>Copied: %s</source>
        <translation>Copié : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="422"/>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Les étapes servent de guide ; commencez une réclamation pour les cocher.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="427"/>
        <source>Open for %s</source>
        <translation>Ouverte depuis %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="429"/>
        <source>waiting %s of %s</source>
        <translation>attente %s sur %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply soon</source>
        <translation>répondez bientôt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply now</source>
        <translation>répondez maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="435"/>
        <source>waiting %s</source>
        <translation>attente %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="445"/>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ étape · Espace cocher · Tab phrases · Enter copier · Esc masquer</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="36"/>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="57"/>
        <source>Close complaint</source>
        <translation>Clore la réclamation</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="38"/>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Clore la réclamation de %s. Faire un suivi plus tard ?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="42"/>
        <source>No follow-up</source>
        <translation>Pas de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="43"/>
        <source>In 4 hours</source>
        <translation>Dans 4 heures</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="44"/>
        <source>Tomorrow, same time</source>
        <translation>Demain, même heure</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="45"/>
        <source>In 2 days</source>
        <translation>Dans 2 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="46"/>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="50"/>
        <source>At…</source>
        <translation>À…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="51"/>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="52"/>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>vendredi 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="53"/>
        <source>Follow-up time</source>
        <translation>Heure du suivi</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="79"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>Complaints are off</source>
        <translation>Les réclamations sont désactivées</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>CalmDesk could not open its data file.</source>
        <translation>CalmDesk n&apos;a pas pu ouvrir son fichier de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="163"/>
        <source>Follow up with %s</source>
        <translation>Suivi avec %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="172"/>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Levez-vous, expirez lentement et laissez filer cet échange.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>That was a hard one. %s</source>
        <translation>C&apos;était un échange difficile. %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>One minute</source>
        <translation>Une minute</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="181"/>
        <source>The next customer can wait one minute.</source>
        <translation>Le client suivant peut attendre une minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="220"/>
        <source>Promised %s: %s</source>
        <translation>Promis %s : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="222"/>
        <source>You promised %s. Remind you then?</source>
        <translation>Vous avez promis %s. Vous le rappeler à ce moment-là ?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="223"/>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="232"/>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="228"/>
        <source>Check in with %s</source>
        <translation>Revenir vers %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="230"/>
        <source>Remind you to check in with %s at %s?</source>
        <translation>Vous rappeler de revenir vers %s à %s ?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="251"/>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="252"/>
        <source>follow-up due</source>
        <translation>suivi à faire</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="253"/>
        <source>time to check in</source>
        <translation>il est temps de revenir vers le client</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="254"/>
        <source>a promise is due</source>
        <translation>une promesse arrive à échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="255"/>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="256"/>
        <source>A reminder is due.</source>
        <translation>Un rappel arrive à échéance.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="46"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="47"/>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="50"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="51"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="52"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="53"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="55"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="59"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>1 annoyed</source>
        <translation>1 agacé</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>2 upset</source>
        <translation>2 contrarié</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>3 angry</source>
        <translation>3 en colère</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>4 very angry</source>
        <translation>4 très en colère</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="61"/>
        <source>5 furious</source>
        <translation>5 furieux</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="65"/>
        <source>(your language)</source>
        <translation>(votre langue)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>e.g. Ana Souza</source>
        <translation>p. ex. Ana Souza</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>Ticket or order</source>
        <translation>Ticket ou commande</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>e.g. #10442</source>
        <translation>p. ex. #10442</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>e.g. late refund</source>
        <translation>p. ex. remboursement en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="76"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="77"/>
        <source>How angry</source>
        <translation>Niveau de colère</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="78"/>
        <source>Customer&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="79"/>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Tous les champs sont facultatifs. Enter commence la réclamation.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="81"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="88"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="89"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="90"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="91"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="92"/>
        <source>&amp;Anger:</source>
        <translation>Co&amp;lère :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="24"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="26"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="27"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="28"/>
        <source>Phone (on hold)</source>
        <translation>Téléphone (en attente)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="29"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="33"/>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="38"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="35"/>
        <source>Reply target, %s</source>
        <translation>Délai de réponse, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="36"/>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>L&apos;horloge passe à l&apos;orange peu avant ce délai et au rouge après</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="40"/>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Rappel pour revenir vers le client après une phrase d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="41"/>
        <source>Copying a phrase ticks the checklist step it serves</source>
        <translation>Copier une phrase coche l&apos;étape de la liste qu&apos;elle sert</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="44"/>
        <source>Offer a one-minute break after a hard complaint</source>
        <translation>Proposer une minute de pause après une réclamation difficile</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="54"/>
        <source>Reply within:</source>
        <translation>Répondre sous :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="58"/>
        <source>Check in after:</source>
        <translation>Revenir vers le client après :</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_watch.py" line="123"/>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>Les réclamations sont désactivées pour l&apos;instant : CalmDesk n&apos;a pas pu ouvrir son fichier de données.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="83"/>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="84"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="86"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="87"/>
        <source>&amp;Customize</source>
        <translation>&amp;Personnaliser</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="88"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="526"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="89"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="529"/>
        <source>☆ &amp;Favourite</source>
        <translation>☆ &amp;Favori</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="90"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="91"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="94"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="102"/>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="95"/>
        <source>CalmDesk phrase editor</source>
        <translation>Éditeur de phrases de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="96"/>
        <source>Search phrases (Ctrl+F)</source>
        <translation>Chercher des phrases (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="97"/>
        <source>Search phrases</source>
        <translation>Chercher des phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="99"/>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="100"/>
        <source>Pack filter</source>
        <translation>Filtre de pack</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="119"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <source>Yours (customized)</source>
        <translation>Les vôtres (personnalisées)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="124"/>
        <source>Where this phrase comes from</source>
        <translation>D&apos;où vient cette phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="125"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="128"/>
        <source>New phrase (Ctrl+N)</source>
        <translation>Nouvelle phrase (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="129"/>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Copier cette phrase comme une nouvelle phrase à vous (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="130"/>
        <source>Save now (Ctrl+S)</source>
        <translation>Enregistrer maintenant (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="131"/>
        <source>Delete your phrase, or revert a customized one (Delete; Ctrl+Z undoes)</source>
        <translation>Supprimer votre phrase, ou rétablir l&apos;original d&apos;une phrase personnalisée (Suppr ; Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="132"/>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Créer votre propre copie de cette phrase ; elle remplace l&apos;original partout</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="133"/>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Masquer cette phrase dans la recherche, ou l&apos;afficher de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="134"/>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marquer comme favori (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="135"/>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Ajouter des phrases depuis Espanso, Beeftext, CSV ou un pack CalmDesk (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="136"/>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Enregistrer vos phrases comme pack CalmDesk ou fichier CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="250"/>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Une nouvelle phrase à vous (pas encore enregistrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="260"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="275"/>
        <source>Not saved: %s</source>
        <translation>Non enregistré : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="278"/>
        <source>Saved “%s”.</source>
        <translation>« %s » enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="286"/>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="288"/>
        <source>Duplicated as “%s”.</source>
        <translation>Dupliquée sous le nom « %s ».</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="298"/>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Votre copie de « %s » remplace désormais l&apos;original.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="313"/>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>« %s » est revenue à l&apos;original. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="315"/>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>« %s » supprimée. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="325"/>
        <source>Brought back.</source>
        <translation>Restaurée.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="327"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Hidden from the picker.</source>
        <translation>Masquée dans la recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Shown in the picker again.</source>
        <translation>De nouveau visible dans la recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>★ Added to favourites</source>
        <translation>★ Ajoutée aux favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>Removed from favourites</source>
        <translation>Retirée des favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="358"/>
        <source>Imported %d phrases.</source>
        <translation>%d phrases importées.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="413"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="417"/>
        <source>All packs</source>
        <translation>Tous les packs</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="419"/>
        <source>Your phrases</source>
        <translation>Vos phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="450"/>
        <source>%d phrases</source>
        <translation>%d phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="462"/>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="464"/>
        <source>Team: %s</source>
        <translation>Équipe : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>Yours</source>
        <translation>À vous</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="470"/>
        <source>Built-in: %s</source>
        <translation>Intégrée : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="472"/>
        <source>Team pack: %s</source>
        <translation>Pack d&apos;équipe : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="474"/>
        <source>Yours, customized from %s</source>
        <translation>À vous, personnalisée à partir de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>, from %s</source>
        <translation>, de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="499"/>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Choisissez une phrase à gauche, ou appuyez sur Ctrl+N pour en créer une.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="503"/>
        <source>read-only: Customize makes your own copy</source>
        <translation>lecture seule : Personnaliser crée votre propre copie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="505"/>
        <source>hidden from the picker</source>
        <translation>masquée dans la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="526"/>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="529"/>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favori</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="44"/>
        <source>Fill in the blanks</source>
        <translation>Compléter les blancs</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="49"/>
        <source>Fill-in hint</source>
        <translation>Aide pour compléter</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="93"/>
        <source>default: %s</source>
        <translation>par défaut : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="95"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="98"/>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="127"/>
        <source>%s:</source>
        <translation>%s :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="117"/>
        <source>Include this part of the phrase</source>
        <translation>Inclure cette partie de la phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="120"/>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="187"/>
        <source>Please fill in: %s</source>
        <translation>Veuillez compléter : %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="46"/>
        <source>Snooze 10 &amp;min</source>
        <translation>Reporter de 10 &amp;min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="47"/>
        <source>Snooze 1 h&amp;our</source>
        <translation>Reporter d&apos;1 &amp;heure</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="48"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="51"/>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="52"/>
        <source>Follow-ups and history</source>
        <translation>Suivis et historique</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="54"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="55"/>
        <source>Closed complaints</source>
        <translation>Réclamations closes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="88"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="89"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="116"/>
        <source>Could not write %s: %s</source>
        <translation>Impossible d&apos;écrire %s : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="118"/>
        <source>Wrote %d complaints to %s</source>
        <translation>%d réclamations écrites dans %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="123"/>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="97"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="98"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="99"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="100"/>
        <source>Anger</source>
        <translation>Colère</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="101"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="102"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="103"/>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="104"/>
        <source>Target met</source>
        <translation>Délai tenu</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="97"/>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="98"/>
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="100"/>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>&amp;Remplacer mes phrases qui ont le même identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="101"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="106"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="108"/>
        <source>Import phrases</source>
        <translation>Importer des phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="110"/>
        <source>Espanso (match file or folder)</source>
        <translation>Espanso (fichier de match ou dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="111"/>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (export JSON ou CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="112"/>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander et autres)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="113"/>
        <source>CalmDesk pack (.toml)</source>
        <translation>Pack CalmDesk (.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="116"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="117"/>
        <source>File or folder to import</source>
        <translation>Fichier ou dossier à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="118"/>
        <source>Path of the file or folder</source>
        <translation>Chemin du fichier ou du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="122"/>
        <source>Category when the words do not suggest one</source>
        <translation>Catégorie quand les mots n&apos;en suggèrent aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="124"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="126"/>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="126"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="127"/>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="130"/>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="149"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="150"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="151"/>
        <source>&amp;Category otherwise:</source>
        <translation>&amp;Catégorie sinon :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="182"/>
        <source>Pick a file or folder first.</source>
        <translation>Choisissez d&apos;abord un fichier ou un dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="198"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="207"/>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Votre fichier de données CalmDesk n&apos;est pas ouvert, donc rien ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="215"/>
        <source>Nothing was imported: %s</source>
        <translation>Rien n&apos;a été importé : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="237"/>
        <source>Will add (%d)</source>
        <translation>Seront ajoutées (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="239"/>
        <source>Will customize (%d)</source>
        <translation>Seront personnalisées (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="240"/>
        <source>replaces the built-in</source>
        <translation>remplace la phrase intégrée</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>Will replace (%d)</source>
        <translation>Seront remplacées (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>overwrites yours</source>
        <translation>écrase la vôtre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="243"/>
        <source>Skipped (%d)</source>
        <translation>Ignorées (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="244"/>
        <source>Notes (%d)</source>
        <translation>Remarques (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="253"/>
        <source>… and %d more</source>
        <translation>… et %d de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="256"/>
        <source>%d to import.</source>
        <translation>%d à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="258"/>
        <source>Left out: %s.</source>
        <translation>Laissées de côté : %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="259"/>
        <source>A backup of your data is made first.</source>
        <translation>Une sauvegarde de vos données est faite d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="266"/>
        <source>Cannot import: %s</source>
        <translation>Import impossible : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="278"/>
        <source>Import phrases from</source>
        <translation>Importer des phrases depuis</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="280"/>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Extraits (*.yml *.yaml *.json *.csv *.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="289"/>
        <source>Import an Espanso folder</source>
        <translation>Importer un dossier Espanso</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="81"/>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Certains packs de phrases n&apos;ont pas pu être chargés ; les autres fonctionnent normalement</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="149"/>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Un pack de phrases a un problème ; les autres fonctionnent normalement</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="70"/>
        <source>The hotkey %s is not available</source>
        <translation>Le raccourci %s n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="71"/>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Choisissez une autre touche dans les Réglages, ou associez « calmdesk show » à une touche de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="104"/>
        <source>Something went wrong: %s</source>
        <translation>Un problème est survenu : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="105"/>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>CalmDesk continue de fonctionner. Les détails sont dans %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="116"/>
        <source>The hotkey %s is not available: %s</source>
        <translation>Le raccourci %s n&apos;est pas disponible : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="120"/>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>CalmDesk ne peut pas écouter de touche globale sur ce bureau.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="122"/>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, donc CalmDesk n&apos;affiche pas d&apos;icône.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="132"/>
        <source>… and %d more</source>
        <translation>… et %d de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="135"/>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Tout le reste fonctionne. « Afficher les détails » contient la liste complète.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk started with some problems</source>
        <translation>CalmDesk a démarré avec quelques problèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk is running</source>
        <translation>CalmDesk est lancé</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="151"/>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>CalmDesk continue de fonctionner : appuyez sur %s, ou lancez « calmdesk show », pour ouvrir la recherche de phrases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="156"/>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Pour ouvrir la recherche de phrases, associez la commande « calmdesk show » à une touche dans les réglages clavier de votre bureau (docs/hotkeys.md explique comment)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="160"/>
        <source>, or pick another key in Settings</source>
        <translation>, ou choisissez une autre touche dans les Réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="162"/>
        <source>CalmDesk keeps running. %s.</source>
        <translation>CalmDesk continue de fonctionner. %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="163"/>
        <source>%s; the tray icon works as well.</source>
        <translation>%s ; l&apos;icône de la zone de notification fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="168"/>
        <source>Open Settings</source>
        <translation>Ouvrir les Réglages</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="18"/>
        <source>No, thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="22"/>
        <source>Offer</source>
        <translation>Proposer</translation>
    </message>
</context>
<context>
    <name>PhraseForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="57"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="58"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="59"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="60"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="62"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="63"/>
        <source>A few words agents will recognise</source>
        <translation>Quelques mots que les agents reconnaîtront</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="66"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="67"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="68"/>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Mots de recherche, séparés par des virgules : remboursement, rembourser</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="71"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="74"/>
        <source>Checklist step</source>
        <translation>Étape de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="75"/>
        <source>Phrase text</source>
        <translation>Texte de la phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="77"/>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Bonjour {{customer_name}}, … (blancs entre doubles accolades ; {{days: 1-2 | 3-5}} propose un choix)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="82"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="85"/>
        <source>Preview with sample values</source>
        <translation>Aperçu avec des valeurs d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="107"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="108"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="109"/>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="110"/>
        <source>Checklist &amp;step:</source>
        <translation>Ét&amp;ape de la liste :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="114"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="117"/>
        <source>Preview (sample values):</source>
        <translation>Aperçu (valeurs d&apos;exemple) :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="213"/>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="220"/>
        <source>The preview shows here as you type.</source>
        <translation>L&apos;aperçu s&apos;affiche ici pendant que vous tapez.</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="88"/>
        <source> (hidden)</source>
        <translation> (masquée)</translation>
    </message>
</context>
<context>
    <name>PickerWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="122"/>
        <source>CalmDesk</source>
        <translation>CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="123"/>
        <source>CalmDesk phrase picker</source>
        <translation>Recherche de phrases CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="124"/>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Chercher des phrases : désolé, attente, remboursement…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="125"/>
        <source>Search phrases</source>
        <translation>Chercher des phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="135"/>
        <source>Matching phrases</source>
        <translation>Phrases correspondantes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="138"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="180"/>
        <source>Current complaint</source>
        <translation>Réclamation en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="378"/>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="501"/>
        <source>Could not copy: %s</source>
        <translation>Impossible de copier : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="381"/>
        <source>Copied: %s</source>
        <translation>Copié : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="403"/>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Rien à chercher dans « %s » : toutes les phrases sont affichées.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="441"/>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Aucune phrase de « %s » ne correspond à « %s ».</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="443"/>
        <source>No phrase in “%s”.</source>
        <translation>Aucune phrase dans « %s ».</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="444"/>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Appuyez sur Ctrl+0 pour chercher dans toutes les catégories.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="446"/>
        <source>No phrases loaded.</source>
        <translation>Aucune phrase chargée.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="450"/>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Rien dans la bibliothèque ne concerne « %s ».

Parcourez une catégorie ci-dessus (Ctrl+←/→), ou essayez d&apos;autres mots : désolé, attente, remboursement, responsable…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="463"/>
        <source>Could not save the favourite: %s</source>
        <translation>Impossible d&apos;enregistrer le favori : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>★ Added to favourites</source>
        <translation>★ Ajoutée aux favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>Removed from favourites</source>
        <translation>Retirée des favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="503"/>
        <source>Draft copied.</source>
        <translation>Brouillon copié.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="521"/>
        <source>Already sent to this customer at %s.</source>
        <translation>Déjà envoyée à ce client à %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="523"/>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Presque les mêmes mots ont été envoyés à ce client à %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="525"/>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R : « %s » à la place.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="563"/>
        <source>Could not save the mark: %s</source>
        <translation>Impossible d&apos;enregistrer la marque : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="567"/>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Noté : « %s » a fonctionné pour « %s ».</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="569"/>
        <source>Noted: “%s” worked.</source>
        <translation>Noté : « %s » a fonctionné.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="577"/>
        <source>Alt+1-9 fix · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 corriger · Alt+↑/↓ remarque · Ctrl+Enter copier le brouillon · Ctrl+T phrases · Esc fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="582"/>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Esc close</source>
        <translation>Enter copier · Ctrl+Enter copier et rester · Alt+1-9 choisir · Ctrl+D favori · Ctrl+←/→ catégorie · Ctrl+N nouvelle réclamation · Ctrl+K étapes · Ctrl+T vérifier le ton · Ctrl+E modifier · Esc fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="596"/>
        <source>(%d more open: Ctrl+PgUp/PgDn)</source>
        <translation>(%d autres ouvertes : Ctrl+PgUp/PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="597"/>
        <source>Filling for: </source>
        <translation>Pour : </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/preview.py" line="53"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="50"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="51"/>
        <source>Check in</source>
        <translation>Revenir vers le client</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="52"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/result_delegate.py" line="100"/>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/results_model.py" line="130"/>
        <source> (partial match)</source>
        <translation> (correspondance partielle)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/results_model.py" line="131"/>
        <source> (in %1)</source>
        <translation> (en %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="69"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>Le nom avec lequel vous signez, p. ex. Sam</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="73"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="75"/>
        <source>Your company or team, e.g. Acme</source>
        <translation>Votre entreprise ou votre équipe, p. ex. Acme</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="76"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="78"/>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Proposé dans les réponses publiques, p. ex. aide@acme.example</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Support e-mail</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>Hotkey</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="84"/>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Cliquez, puis appuyez sur la combinaison de touches qui ouvre la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="86"/>
        <source>Reset hotkey to the default</source>
        <translation>Remettre le raccourci par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="87"/>
        <source>Paste into the previous window after copying</source>
        <translation>Coller dans la fenêtre précédente après la copie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>Close the search after copying</source>
        <translation>Fermer la recherche après la copie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Show the full text of the selected phrase</source>
        <translation>Afficher le texte complet de la phrase choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="97"/>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Un dossier par ligne, p. ex. un partage tenu par votre responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="98"/>
        <source>Team pack folders</source>
        <translation>Dossiers de packs d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Les packs de phrases de ces dossiers se chargent aussi, et se rechargent quand ils changent</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="104"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="105"/>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="181"/>
        <source>Add a team pack folder</source>
        <translation>Ajouter un dossier de packs d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="108"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="121"/>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="122"/>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="123"/>
        <source>Support e-mail:</source>
        <translation>E-mail du support :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="124"/>
        <source>Hotkey:</source>
        <translation>Raccourci :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="131"/>
        <source>Team packs:</source>
        <translation>Packs d&apos;équipe :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="137"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="138"/>
        <source>Times and complaints</source>
        <translation>Horaires et réclamations</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="155"/>
        <source>This hotkey cannot be used: %s</source>
        <translation>Ce raccourci ne peut pas être utilisé : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="191"/>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>Un raccourci est nécessaire pour ouvrir la recherche : le champ est revenu à %s. Appuyez sur OK pour le garder, ou choisissez une autre touche.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="207"/>
        <source>“%s” does not look like an e-mail address, e.g. help@acme.example.</source>
        <translation>« %s » ne ressemble pas à une adresse e-mail, p. ex. aide@acme.example.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="223"/>
        <source>Could not save the settings: %s</source>
        <translation>Impossible d&apos;enregistrer les réglages : %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="130"/>
        <source>Complaints per day (last 14 days)</source>
        <translation>Réclamations par jour (14 derniers jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="131"/>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="132"/>
        <source>Phrases you use most</source>
        <translation>Phrases que vous utilisez le plus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="133"/>
        <source>Steps most often skipped</source>
        <translation>Étapes le plus souvent sautées</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="137"/>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="138"/>
        <source>Your statistics</source>
        <translation>Vos statistiques</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="142"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="143"/>
        <source>Phrases used least and never</source>
        <translation>Phrases les moins utilisées et jamais utilisées</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="144"/>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Uniquement sur cet ordinateur : ces chiffres ne sont jamais envoyés nulle part.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="167"/>
        <source>%d complaints (%d closed)</source>
        <translation>%d réclamations (%d closes)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="168"/>
        <source>median time to close: %s</source>
        <translation>délai médian de clôture : %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>none closed yet</source>
        <translation>aucune close pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>%g min</source>
        <translation>%g min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="170"/>
        <source>reply targets: %d met, %d missed</source>
        <translation>délais de réponse : %d tenus, %d manqués</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="176"/>
        <source>No complaints yet.</source>
        <translation>Pas encore de réclamation.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="180"/>
        <source>No phrase copied yet.</source>
        <translation>Aucune phrase copiée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="184"/>
        <source>No closed complaint yet.</source>
        <translation>Pas encore de réclamation close.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="190"/>
        <source>Never used: %d of %d phrases.</source>
        <translation>Jamais utilisées : %d sur %d phrases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="192"/>
        <source>Used least: %s.</source>
        <translation>Les moins utilisées : %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="194"/>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Marquées comme efficaces (Ctrl+G dans la recherche) : %s.</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>not done</source>
        <translation>pas fait</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="39"/>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Les favoris et les phrases récentes sont désactivés pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="42"/>
        <source>About your CalmDesk data</source>
        <translation>À propos de vos données CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="51"/>
        <source>Your own phrases could not be loaded</source>
        <translation>Vos propres phrases n&apos;ont pas pu être chargées</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="40"/>
        <source>Promised times</source>
        <translation>Heures promises</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="43"/>
        <source>Working day starts</source>
        <translation>Début de la journée</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="44"/>
        <source>Working day ends</source>
        <translation>Fin de la journée</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="50"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="51"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="52"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="53"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="54"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="55"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="56"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="65"/>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="67"/>
        <source>Round promised times up to</source>
        <translation>Arrondir les heures promises à</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="71"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="82"/>
        <source>Working hours:</source>
        <translation>Heures de travail :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="83"/>
        <source>Working days:</source>
        <translation>Jours de travail :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="84"/>
        <source>Round up to:</source>
        <translation>Arrondir à :</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="90"/>
        <source>The working day must end after it starts.</source>
        <translation>La journée doit finir après avoir commencé.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="93"/>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour de travail.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="45"/>
        <source>Complaint checklist</source>
        <translation>Étapes de la réclamation</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="46"/>
        <source>New complaint…</source>
        <translation>Nouvelle réclamation…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="47"/>
        <source>Follow-ups and history…</source>
        <translation>Suivis et historique…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="48"/>
        <source>Edit phrases…</source>
        <translation>Modifier les phrases…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="49"/>
        <source>Your statistics…</source>
        <translation>Vos statistiques…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="50"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="51"/>
        <source>About CalmDesk</source>
        <translation>À propos de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="105"/>
        <source>Open phrase search</source>
        <translation>Ouvrir la recherche de phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="106"/>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk : des réponses calmes pour les chats difficiles</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="24"/>
        <source>One minute for you</source>
        <translation>Une minute pour vous</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="25"/>
        <source>Unwind</source>
        <translation>Décompresser</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="33"/>
        <source>Breathing pace</source>
        <translation>Rythme de respiration</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="61"/>
        <source>Done. Well handled.</source>
        <translation>C&apos;est fait. Bien géré.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>Breathe in…</source>
        <translation>Inspirez…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>…and out, slowly</source>
        <translation>…et expirez, lentement</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="66"/>
        <source>%d s left</source>
        <translation>%d s restantes</translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="81"/>
        <source>%d in %d packs</source>
        <translation>%d dans %d packs</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="82"/>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="94"/>
        <source>The phrase editor is not available</source>
        <translation>L&apos;éditeur de phrases n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="95"/>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>Le fichier de données de CalmDesk n&apos;a pas pu être ouvert, donc vos phrases ne peuvent pas être enregistrées.</translation>
    </message>
</context>
</TS>
