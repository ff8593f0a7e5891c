<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CalmDesk</source>
        <translation>À propos de CalmDesk</translation>
    </message>
    <message>
        <source>CalmDesk logo</source>
        <translation>Logo de CalmDesk</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de réglages</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your phrase packs</source>
        <translation>Vos packs de phrases</translation>
    </message>
    <message>
        <source>Log (for support)</source>
        <translation>Journal (pour le support)</translation>
    </message>
    <message>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Des réponses calmes et prêtes à l&apos;emploi pour les agents face à un client mécontent.</translation>
    </message>
    <message>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Fonctionne entièrement hors ligne : rien de ce que vous tapez ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %s</source>
        <translation>Effacer %s</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>Row headers of %s</source>
        <translation>En-têtes de ligne de %s</translation>
    </message>
    <message>
        <source>Column headers of %s</source>
        <translation>En-têtes de colonne de %s</translation>
    </message>
    <message>
        <source>Select all of %s</source>
        <translation>Tout sélectionner dans %s</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <source>Copied, not pasted</source>
        <translation>Copié, pas collé</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Phrases of every category</source>
        <translation>Phrases de toutes les catégories</translation>
    </message>
    <message>
        <source>Category: %s</source>
        <translation>Catégorie : %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <source>Tone check</source>
        <translation>Vérification du ton</translation>
    </message>
    <message>
        <source>Tone check summary</source>
        <translation>Résumé de la vérification du ton</translation>
    </message>
    <message>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Tapez ou collez votre réponse ici : les mots qui pourraient aggraver les choses sont soulignés.</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Brouillon de réponse</translation>
    </message>
    <message>
        <source>Tone findings</source>
        <translation>Remarques sur le ton</translation>
    </message>
    <message>
        <source>Fixes for the selected finding</source>
        <translation>Corrections pour la remarque choisie</translation>
    </message>
    <message>
        <source>Say instead: “%s”</source>
        <translation>Dites plutôt : « %s »</translation>
    </message>
    <message>
        <source>Leave out “%s”</source>
        <translation>Retirez « %s »</translation>
    </message>
    <message>
        <source>Insert the phrase “%s”</source>
        <translation>Insérer la phrase « %s »</translation>
    </message>
    <message>
        <source>Replace the draft with “%s”</source>
        <translation>Remplacer le brouillon par « %s »</translation>
    </message>
    <message>
        <source>Only the start of the reply was checked: the tone rules took too long.</source>
        <translation>Seul le début de la réponse a été vérifié : les règles de ton prenaient trop de temps.</translation>
    </message>
    <message numerus="yes">
        <source>Tone check: %n thing(s) to look at</source>
        <translation>
            <numerusform>Vérification du ton : %n point à revoir</numerusform>
            <numerusform>Vérification du ton : %n points à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z takes a fix back)</source>
        <translation>(Ctrl+Z annule une correction)</translation>
    </message>
    <message>
        <source>Tone check: write or paste your reply below</source>
        <translation>Vérification du ton : écrivez ou collez votre réponse ci-dessous</translation>
    </message>
    <message>
        <source>Tone check: reads calmly</source>
        <translation>Vérification du ton : le texte est calme</translation>
    </message>
    <message>
        <source>No %s</source>
        <translation>Pas de %s</translation>
    </message>
    <message>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Rien à changer : le brouillon est calme.</translation>
    </message>
    <message>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Reformulez ce passage avec vos mots (Alt+↑/↓ remarque suivante).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Close complaint…</source>
        <translation>Clore la réclamation…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Complaint checklist</source>
        <translation>Étapes de la réclamation</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Commencer une nouvelle réclamation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste</translation>
    </message>
    <message>
        <source>Phrases for this step</source>
        <translation>Phrases pour cette étape</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>Clore la réclamation</translation>
    </message>
    <message>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Aucune réclamation ouverte : Ctrl+N en commence une</translation>
    </message>
    <message>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Taper ici ne fait rien : cliquez dans la fenêtre du chat pour écrire.</translation>
    </message>
    <message>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Commencez d&apos;abord une réclamation (Ctrl+N).</translation>
    </message>
    <message>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>%s décochée · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>%s cochée · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Ticked %s again</source>
        <translation>%s cochée à nouveau</translation>
    </message>
    <message>
        <source>Unticked %s</source>
        <translation>%s décochée</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>Impossible de copier : %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Copié : %s</translation>
    </message>
    <message>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ étape · Espace cocher · Tab phrases · Enter copier · Esc masquer</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close complaint</source>
        <translation>Clore la réclamation</translation>
    </message>
    <message>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Clore la réclamation de %s. Faire un suivi plus tard ?</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Pas de suivi</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Dans 4 heures</translation>
    </message>
    <message>
        <source>Next working day, same time</source>
        <translation>Jour ouvré suivant, même heure</translation>
    </message>
    <message>
        <source>In 2 working days</source>
        <translation>Dans 2 jours ouvrés</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>À…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>vendredi 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Heure du suivi</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Relance :</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Complaints are off</source>
        <translation>Les réclamations sont désactivées</translation>
    </message>
    <message>
        <source>CalmDesk could not open its data file.</source>
        <translation>CalmDesk n&apos;a pas pu ouvrir son fichier de données.</translation>
    </message>
    <message>
        <source>Follow up with %s</source>
        <translation>Suivi avec %s</translation>
    </message>
    <message>
        <source>No complaint is open</source>
        <translation>Aucune réclamation n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Start one first (Ctrl+N in the picker).</source>
        <translation>Ouvrez-en d&apos;abord une (Ctrl+N dans le sélecteur).</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>1 annoyed</source>
        <translation>1 agacé</translation>
    </message>
    <message>
        <source>2 upset</source>
        <translation>2 contrarié</translation>
    </message>
    <message>
        <source>3 angry</source>
        <translation>3 en colère</translation>
    </message>
    <message>
        <source>4 very angry</source>
        <translation>4 très en colère</translation>
    </message>
    <message>
        <source>5 furious</source>
        <translation>5 furieux</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Votre langue</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>e.g. Ana Souza</source>
        <translation>p. ex. Ana Souza</translation>
    </message>
    <message>
        <source>Address the customer as</source>
        <translation>Appeler le client par</translation>
    </message>
    <message>
        <source>their first name</source>
        <translation>son prénom</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>Ticket ou commande</translation>
    </message>
    <message>
        <source>e.g. #10442</source>
        <translation>p. ex. #10442</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>e.g. late refund</source>
        <translation>p. ex. remboursement en retard</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Niveau de colère</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Tous les champs sont facultatifs. Enter commence la réclamation.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Add&amp;ress as:</source>
        <translation>A&amp;ppeler par :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>How &amp;angry:</source>
        <translation>Niveau de co&amp;lère :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
</context>
<context>
    <name>ComplaintOffers</name>
    <message>
        <source>Promised %s: %s</source>
        <translation>Promis %s : %s</translation>
    </message>
    <message>
        <source>You promised %s. Remind you then?</source>
        <translation>Vous avez promis %s. Vous le rappeler à ce moment-là ?</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <source>Check in with %s</source>
        <translation>Revenir vers %s</translation>
    </message>
    <message>
        <source>Remind you to check in with %s at %s?</source>
        <translation>Vous rappeler de revenir vers %s à %s ?</translation>
    </message>
    <message>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Levez-vous, expirez lentement et laissez filer cet échange.</translation>
    </message>
    <message>
        <source>That was a hard one. %s</source>
        <translation>C&apos;était un échange difficile. %s</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Une minute</translation>
    </message>
    <message>
        <source>The next customer can wait one minute.</source>
        <translation>Le client suivant peut attendre une minute.</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone (on hold)</source>
        <translation>Téléphone (en attente)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reply target, %s</source>
        <translation>Délai de réponse, %s</translation>
    </message>
    <message>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>L&apos;horloge passe à l&apos;orange peu avant ce délai et au rouge après</translation>
    </message>
    <message>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Rappel pour revenir vers le client après une phrase d&apos;attente</translation>
    </message>
    <message>
        <source>Copying a phrase ticks the checklist &amp;step it serves</source>
        <translation>Copier une phrase coche l&apos;é&amp;tape qu&apos;elle sert</translation>
    </message>
    <message>
        <source>Offer a one-minute &amp;break after a hard complaint</source>
        <translation>Proposer une &amp;minute de pause après une réclamation difficile</translation>
    </message>
    <message>
        <source>Read the cust&amp;omer&apos;s message on the clipboard</source>
        <translation>Lire le me&amp;ssage du client dans le presse-papiers</translation>
    </message>
    <message>
        <source>The search shows how the customer feels and what they ask, and offers the phrases that answer it. Passwords and card numbers are never read; nothing is kept.</source>
        <translation>La recherche montre ce que ressent le client et ce qu&apos;il demande, et propose les phrases qui y répondent. Les mots de passe et numéros de carte ne sont jamais lus ; rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation>Ré&amp;pondre sous :</translation>
    </message>
    <message>
        <source>Check in &amp;after:</source>
        <translation>Point d&apos;étape &amp;après :</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>Les réclamations sont désactivées pour l&apos;instant : CalmDesk n&apos;a pas pu ouvrir son fichier de données.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint starts as soon as it is free.</source>
        <translation>Un autre programme utilise le fichier de données de CalmDesk : la réclamation commence dès qu&apos;il sera libre.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint closes as soon as it is free.</source>
        <translation>Un autre programme utilise le fichier de données de CalmDesk : la réclamation sera close dès qu&apos;il sera libre.</translation>
    </message>
</context>
<context>
    <name>DeskParts</name>
    <message>
        <source>Some settings were not understood</source>
        <translation>Certains réglages n&apos;ont pas été compris</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Customise</source>
        <translation>&amp;Personnaliser</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>☆ &amp;Favourite</source>
        <translation>☆ &amp;Favori</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>New phrase (Ctrl+N)</source>
        <translation>Nouvelle phrase (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Copier cette phrase comme une nouvelle phrase à vous (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save now (Ctrl+S)</source>
        <translation>Enregistrer maintenant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete your phrase, or revert a customised one (Delete; Ctrl+Z undoes)</source>
        <translation>Supprimer votre phrase, ou rétablir une phrase personnalisée (Delete ; Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Créer votre propre copie de cette phrase ; elle remplace l&apos;original partout</translation>
    </message>
    <message>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Masquer cette phrase dans la recherche, ou l&apos;afficher de nouveau</translation>
    </message>
    <message>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marquer comme favori (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Ajouter des phrases depuis Espanso, Beeftext, CSV ou un pack CalmDesk (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Enregistrer vos phrases comme pack CalmDesk ou fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favori</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>CalmDesk phrase editor</source>
        <translation>Éditeur de phrases de CalmDesk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Non enregistré : %s</translation>
    </message>
    <message>
        <source>Saved “%s”.</source>
        <translation>« %s » enregistrée.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>There is no %s version to delete.</source>
        <translation>Il n’y a pas de version en %s à supprimer.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Duplicated as “%s”.</source>
        <translation>Dupliquée sous le nom « %s ».</translation>
    </message>
    <message>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Votre copie de « %s » remplace désormais l&apos;original.</translation>
    </message>
    <message>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>« %s » est revenue à l&apos;original. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>« %s » supprimée. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Restaurée.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Hidden from the picker.</source>
        <translation>Masquée dans la recherche.</translation>
    </message>
    <message>
        <source>Shown in the picker again.</source>
        <translation>De nouveau visible dans la recherche.</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Ajoutée aux favoris</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Retirée des favoris</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n phrase(s).</source>
        <translation>
            <numerusform>%n phrase importée.</numerusform>
            <numerusform>%n phrases importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
    <message>
        <source>New phrase not saved</source>
        <translation>Nouvelle phrase non enregistrée</translation>
    </message>
    <message>
        <source>Save the new phrase “%s”?</source>
        <translation>Enregistrer la nouvelle phrase « %s » ?</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <source>Fill in the blanks</source>
        <translation>Compléter les blancs</translation>
    </message>
    <message>
        <source>Fill-in hint</source>
        <translation>Aide pour compléter</translation>
    </message>
    <message>
        <source>default: %s</source>
        <translation>par défaut : %s</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s :</translation>
    </message>
    <message>
        <source>Include this part of the phrase</source>
        <translation>Inclure cette partie de la phrase</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <source>Please fill in: %s</source>
        <translation>Veuillez compléter : %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Snooze 10 &amp;min</source>
        <translation>Reporter de 10 &amp;min</translation>
    </message>
    <message>
        <source>Snooze 1 h&amp;our</source>
        <translation>Reporter d&apos;1 &amp;heure</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Follow-ups and history</source>
        <translation>Suivis et historique</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Closed complaints</source>
        <translation>Réclamations closes</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>Impossible d&apos;écrire %s</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Impossible d&apos;écrire %s : %s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n complaint(s) to %s</source>
        <translation>
            <numerusform>%n réclamation écrite dans %s</numerusform>
            <numerusform>%n réclamations écrites dans %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Niveau de colère</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Délai tenu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Language of the phrases</source>
        <translation>Langue des phrases</translation>
    </message>
    <message>
        <source>A CSV file&apos;s lang column says it row by row; a pack says its own</source>
        <translation>La colonne lang d’un fichier CSV l’indique ligne par ligne ; un pack indique la sienne</translation>
    </message>
    <message>
        <source>La&amp;nguage of the phrases:</source>
        <translation>&amp;Langue des phrases :</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>&amp;Remplacer mes phrases qui ont le même identifiant</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import phrases</source>
        <translation>Importer des phrases</translation>
    </message>
    <message>
        <source>Espanso (match file or folder)</source>
        <translation>Espanso (fichier de match ou dossier)</translation>
    </message>
    <message>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (export JSON ou CSV)</translation>
    </message>
    <message>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander et autres)</translation>
    </message>
    <message>
        <source>CalmDesk pack (.toml)</source>
        <translation>Pack CalmDesk (.toml)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Fichier ou dossier à importer</translation>
    </message>
    <message>
        <source>Path of the file or folder</source>
        <translation>Chemin du fichier ou du dossier</translation>
    </message>
    <message>
        <source>Category when the words do not suggest one</source>
        <translation>Catégorie quand les mots n&apos;en suggèrent aucune</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <source>Pick a file or folder first.</source>
        <translation>Choisissez d&apos;abord un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Votre fichier de données CalmDesk n&apos;est pas ouvert, donc rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>Rien n&apos;a été importé : %s</translation>
    </message>
    <message>
        <source>Import a folder: Espanso, or CalmDesk packs</source>
        <translation>Importer un dossier : Espanso ou packs CalmDesk</translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Cate&amp;gory otherwise:</source>
        <translation>Caté&amp;gorie sinon :</translation>
    </message>
    <message>
        <source>%d to import.</source>
        <translation>%d à importer.</translation>
    </message>
    <message>
        <source>A backup of your data is made first.</source>
        <translation>Une sauvegarde de vos données est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot import: %s</source>
        <translation>Import impossible : %s</translation>
    </message>
    <message>
        <source>Import phrases from</source>
        <translation>Importer des phrases depuis</translation>
    </message>
    <message>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Extraits (*.yml *.yaml *.json *.csv *.toml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Text begins</source>
        <translation>Début du texte</translation>
    </message>
    <message>
        <source>From / why</source>
        <translation>Origine / raison</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <source>Import preview columns</source>
        <translation>Colonnes de l&apos;aperçu</translation>
    </message>
    <message>
        <source>replaces the built-in</source>
        <translation>remplace la phrase intégrée</translation>
    </message>
    <message>
        <source>overwrites yours</source>
        <translation>écrase la vôtre</translation>
    </message>
    <message>
        <source>Notes (%d)</source>
        <translation>Remarques (%d)</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Many replies end with your name and your company. What should they say? (Settings can change it later.)</source>
        <translation>Beaucoup de réponses se terminent par votre nom et votre entreprise. Que doivent-elles indiquer ? (Les réglages permettent de le changer plus tard.)</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>Le nom avec lequel vous signez, p. ex. Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Votre entreprise ou votre équipe, p. ex. Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Later: ask in Settings</source>
        <translation>Plus tard : dans les réglages</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Ent&amp;reprise :</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>Enregistrement impossible : %s</translation>
    </message>
    <message>
        <source>Start CalmDesk when I log &amp;in</source>
        <translation>Lancer CalmDesk à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>The hotkey is then ready at every login, no window shown. Settings can turn it off.</source>
        <translation>Le raccourci est alors prêt à chaque ouverture de session, sans fenêtre affichée. Les réglages permettent de le désactiver.</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session: %s</source>
        <translation>CalmDesk ne peut pas démarrer avec votre session : %s</translation>
    </message>
    <message>
        <source>CalmDesk will start when you log in. Settings can turn this off.</source>
        <translation>CalmDesk se lancera à l&apos;ouverture de votre session. Les réglages permettent de le désactiver.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language of the windows and menus</source>
        <translation>Langue des fenêtres et des menus</translation>
    </message>
    <message>
        <source>Language of the phrases and checklist</source>
        <translation>Langue des phrases et de la liste des étapes</translation>
    </message>
    <message>
        <source>A complaint in another language offers that language&apos;s phrases whatever is chosen here</source>
        <translation>Une réclamation dans une autre langue propose les phrases de cette langue, quel que soit le choix ici</translation>
    </message>
    <message>
        <source>The windows change language when CalmDesk starts again.</source>
        <translation>Les fenêtres changent de langue au prochain démarrage de CalmDesk.</translation>
    </message>
    <message>
        <source>Windows and menus:</source>
        <translation>Fenêtres et menus :</translation>
    </message>
    <message>
        <source>Phrases and &amp;checklist:</source>
        <translation>Phr&amp;ases et liste des étapes :</translation>
    </message>
    <message>
        <source>As the system (%s)</source>
        <translation>Comme le système (%s)</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Certains packs de phrases n&apos;ont pas pu être chargés ; les autres fonctionnent normalement</translation>
    </message>
    <message>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Un pack de phrases a un problème ; les autres fonctionnent normalement</translation>
    </message>
</context>
<context>
    <name>MessageControl</name>
    <message>
        <source>No customer message read: copy or select it, then open the search.</source>
        <translation>Aucun message client lu : copiez-le ou sélectionnez-le, puis ouvrez la recherche.</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Le message du client</translation>
    </message>
    <message>
        <source>Message: %s</source>
        <translation>Message : %s</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>The hotkey %s is not available</source>
        <translation>Le raccourci %s n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Choisissez une autre touche dans les Réglages, ou associez « calmdesk show » à une touche de votre bureau.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Un problème est survenu : %s</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>CalmDesk continue de fonctionner. Les détails sont dans %s.</translation>
    </message>
    <message>
        <source>The hotkey %s is not available: %s</source>
        <translation>Le raccourci %s n&apos;est pas disponible : %s</translation>
    </message>
    <message>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>CalmDesk ne peut pas écouter de touche globale sur ce bureau.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, donc CalmDesk n&apos;affiche pas d&apos;icône.</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… et %d de plus</translation>
    </message>
    <message>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Tout le reste fonctionne. « Afficher les détails » contient la liste complète.</translation>
    </message>
    <message>
        <source>CalmDesk started with some problems</source>
        <translation>CalmDesk a démarré avec quelques problèmes</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>CalmDesk est lancé</translation>
    </message>
    <message>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>CalmDesk continue de fonctionner : appuyez sur %s, ou lancez « calmdesk show », pour ouvrir la recherche de phrases.</translation>
    </message>
    <message>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Pour ouvrir la recherche de phrases, associez la commande « calmdesk show » à une touche dans les réglages clavier de votre bureau (docs/hotkeys.md explique comment)</translation>
    </message>
    <message>
        <source>, or pick another key in Settings</source>
        <translation>, ou choisissez une autre touche dans les Réglages</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. %s.</source>
        <translation>CalmDesk continue de fonctionner. %s.</translation>
    </message>
    <message>
        <source>%s; the tray icon works as well.</source>
        <translation>%s ; l&apos;icône de la zone de notification fonctionne aussi.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Réglages</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposer</translation>
    </message>
</context>
<context>
    <name>OriginLabel</name>
    <message>
        <source>Where this phrase comes from</source>
        <translation>D&apos;où vient cette phrase</translation>
    </message>
    <message>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Une nouvelle phrase à vous (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Choisissez une phrase à gauche, ou appuyez sur Ctrl+N pour en créer une.</translation>
    </message>
    <message>
        <source>read-only: Customise makes your own copy</source>
        <translation>lecture seule : Personnaliser crée votre propre copie</translation>
    </message>
    <message>
        <source>hidden from the picker</source>
        <translation>masquée dans la recherche</translation>
    </message>
</context>
<context>
    <name>OriginShort</name>
    <message>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Team: %s</source>
        <translation>Équipe : %s</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>La vôtre (personnalisée)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>À vous</translation>
    </message>
</context>
<context>
    <name>OriginText</name>
    <message>
        <source>Built-in: %s</source>
        <translation>Intégrée : %s</translation>
    </message>
    <message>
        <source>Team pack: %s</source>
        <translation>Pack d&apos;équipe : %s</translation>
    </message>
    <message>
        <source>Yours, customised from %s</source>
        <translation>La vôtre, personnalisée à partir de %s</translation>
    </message>
    <message>
        <source>, from %s</source>
        <translation>, de %s</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>À vous</translation>
    </message>
</context>
<context>
    <name>PhraseBrowser</name>
    <message>
        <source>Search phrases (Ctrl+F)</source>
        <translation>Chercher des phrases (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Chercher des phrases</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Pack filter</source>
        <translation>Filtre de pack</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Les vôtres (personnalisées)</translation>
    </message>
    <message>
        <source>Phrases listed</source>
        <translation>Phrases affichées</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Tous les packs</translation>
    </message>
    <message>
        <source>Your phrases</source>
        <translation>Vos phrases</translation>
    </message>
    <message>
        <source>%d phrases</source>
        <translation>%d phrases</translation>
    </message>
    <message>
        <source>%d of %d phrases</source>
        <translation>%d sur %d phrases</translation>
    </message>
</context>
<context>
    <name>PhraseExport</name>
    <message>
        <source>Export your phrases</source>
        <translation>Exporter vos phrases</translation>
    </message>
    <message>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>Pack CalmDesk (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>Non exporté : %s</translation>
    </message>
</context>
<context>
    <name>PhraseForm</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A few words agents will recognise</source>
        <translation>Quelques mots que les agents reconnaîtront</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Mots de recherche, séparés par des virgules : remboursement, rembourser</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Étape de la liste</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Texte de la phrase</translation>
    </message>
    <message>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Bonjour {{customer_name}}, … (blancs entre doubles accolades ; {{days: 1-2 | 3-5}} propose un choix)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Aperçu avec des valeurs d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>Checklist &amp;step:</source>
        <translation>Ét&amp;ape de la liste :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Preview (sample values):</source>
        <translation>Aperçu (valeurs d&apos;exemple) :</translation>
    </message>
    <message>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <source>The preview shows here as you type.</source>
        <translation>L&apos;aperçu s&apos;affiche ici pendant que vous tapez.</translation>
    </message>
</context>
<context>
    <name>PhraseSearch</name>
    <message>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Chercher des phrases : désolé, attente, remboursement…</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Chercher des phrases</translation>
    </message>
    <message>
        <source>Matching phrases</source>
        <translation>Phrases correspondantes</translation>
    </message>
    <message>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Rien à chercher dans « %s » : toutes les phrases sont affichées.</translation>
    </message>
    <message>
        <source>Could not save the favourite: %s</source>
        <translation>Impossible d&apos;enregistrer le favori : %s</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Ajoutée aux favoris</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Retirée des favoris</translation>
    </message>
    <message>
        <source>Could not save the mark: %s</source>
        <translation>Impossible d&apos;enregistrer la marque : %s</translation>
    </message>
    <message>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Noté : « %s » a fonctionné pour « %s ».</translation>
    </message>
    <message>
        <source>Noted: “%s” worked.</source>
        <translation>Noté : « %s » a fonctionné.</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (masquée)</translation>
    </message>
</context>
<context>
    <name>PickerWindow</name>
    <message>
        <source>CalmDesk</source>
        <translation>CalmDesk</translation>
    </message>
    <message>
        <source>CalmDesk phrase picker</source>
        <translation>Recherche de phrases CalmDesk</translation>
    </message>
    <message>
        <source>Current complaint</source>
        <translation>Réclamation en cours</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>Impossible de copier : %s</translation>
    </message>
    <message>
        <source>Copied, not pasted: %s</source>
        <translation>Copié, non collé : %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Copié : %s</translation>
    </message>
    <message>
        <source>Draft copied.</source>
        <translation>Brouillon copié.</translation>
    </message>
    <message>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Ctrl+J follow-ups · Ctrl+I statistics · Ctrl+, settings · F1 about · Esc close</source>
        <translation>Enter copier · Ctrl+Enter copier et rester · Alt+1-9 choisir · Ctrl+D favori · Ctrl+←/→ catégorie · Ctrl+N nouvelle réclamation · Ctrl+K étapes · Ctrl+T vérifier le ton · Ctrl+E modifier · Ctrl+J relances · Ctrl+I statistiques · Ctrl+, réglages · F1 à propos · Esc fermer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N complaint from the message</source>
        <translation>Ctrl+Shift+N réclamation depuis le message</translation>
    </message>
    <message>
        <source>Alt+1-9 fix · Ctrl+Z undo · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 corriger · Ctrl+Z annuler · Alt+↑/↓ remarque · Ctrl+Enter copier le brouillon · Ctrl+T phrases · Esc fermer</translation>
    </message>
    <message>
        <source>Already sent to this customer at %s.</source>
        <translation>Déjà envoyée à ce client à %s.</translation>
    </message>
    <message>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Presque les mêmes mots ont été envoyés à ce client à %s.</translation>
    </message>
    <message>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R : « %s » à la place.</translation>
    </message>
    <message>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Aucune phrase de « %s » ne correspond à « %s ».</translation>
    </message>
    <message>
        <source>No phrase in “%s”.</source>
        <translation>Aucune phrase dans « %s ».</translation>
    </message>
    <message>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Appuyez sur Ctrl+0 pour chercher dans toutes les catégories.</translation>
    </message>
    <message>
        <source>No phrases loaded.</source>
        <translation>Aucune phrase chargée.</translation>
    </message>
    <message>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Rien dans la bibliothèque ne concerne « %s ».

Parcourez une catégorie ci-dessus (Ctrl+←/→), ou essayez d&apos;autres mots : désolé, attente, remboursement, responsable…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>ReadingAnger</name>
    <message>
        <source>Calm</source>
        <translation>Calme</translation>
    </message>
    <message>
        <source>Annoyed</source>
        <translation>Agacé</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>En colère</translation>
    </message>
    <message>
        <source>Furious</source>
        <translation>Furieux</translation>
    </message>
</context>
<context>
    <name>ReadingAsk</name>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>réparation</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>résilier</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explication</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>dédommagement</translation>
    </message>
    <message>
        <source>update</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <source>apology</source>
        <translation>excuses</translation>
    </message>
    <message>
        <source>delete data</source>
        <translation>effacer ses données</translation>
    </message>
</context>
<context>
    <name>ReadingLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Le message du client</translation>
    </message>
    <message>
        <source>Message: </source>
        <translation>Message : </translation>
    </message>
    <message>
        <source>Not read: the clipboard looks like a password or card number.</source>
        <translation>Non lu : le presse-papiers ressemble à un mot de passe ou à un numéro de carte.</translation>
    </message>
    <message>
        <source>asks: %s</source>
        <translation>demande : %s</translation>
    </message>
    <message>
        <source>threatens: %s</source>
        <translation>menace : %s</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>relance</translation>
    </message>
    <message>
        <source>needs it %s</source>
        <translation>échéance : %s</translation>
    </message>
    <message>
        <source>has a deadline</source>
        <translation>a une échéance</translation>
    </message>
    <message>
        <source>order %s</source>
        <translation>commande %s</translation>
    </message>
</context>
<context>
    <name>ReadingThreat</name>
    <message>
        <source>legal action</source>
        <translation>poursuites</translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation>rétrofacturation</translation>
    </message>
    <message>
        <source>review</source>
        <translation>avis public</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>départ</translation>
    </message>
</context>
<context>
    <name>ReadingTopic</name>
    <message>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>mauvais article</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technique</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>résiliation</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>ReminderControl</name>
    <message>
        <source>%s has waited longer than the reply target.</source>
        <translation>%s attend depuis plus longtemps que l&apos;objectif de réponse.</translation>
    </message>
    <message>
        <source>%s has waited %d min past the reply target.</source>
        <translation>%s attend depuis %d min de plus que l&apos;objectif de réponse.</translation>
    </message>
    <message>
        <source>CalmDesk: reply target missed</source>
        <translation>CalmDesk : objectif de réponse manqué</translation>
    </message>
    <message>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk : %s</translation>
    </message>
    <message>
        <source>follow-up due</source>
        <translation>suivi à faire</translation>
    </message>
    <message>
        <source>time to check in</source>
        <translation>il est temps de revenir vers le client</translation>
    </message>
    <message>
        <source>a promise is due</source>
        <translation>une promesse arrive à échéance</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Un rappel arrive à échéance.</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Revenir vers le client</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>ReplyClockLabel</name>
    <message>
        <source>Reply clock</source>
        <translation>Horloge de réponse</translation>
    </message>
    <message>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Les étapes servent de guide ; commencez une réclamation pour les cocher.</translation>
    </message>
    <message>
        <source>Open for %s</source>
        <translation>Ouverte depuis %s</translation>
    </message>
    <message>
        <source>you asked, their turn %s · Ctrl+R when they reply</source>
        <translation>vous avez demandé, au client de répondre %s · Ctrl+R quand il répond</translation>
    </message>
    <message>
        <source>waiting %s of %s</source>
        <translation>attente %s sur %s</translation>
    </message>
    <message>
        <source>reply soon</source>
        <translation>répondez bientôt</translation>
    </message>
    <message>
        <source>reply now</source>
        <translation>répondez maintenant</translation>
    </message>
    <message>
        <source>waiting %s</source>
        <translation>attente %s</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source> (partial match)</source>
        <translation> (correspondance partielle)</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (en %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>Le nom avec lequel vous signez, p. ex. Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Votre entreprise ou votre équipe, p. ex. Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Proposé dans les réponses publiques, p. ex. aide@acme.example</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Paste into the previous window after copying</source>
        <translation>&amp;Coller dans la fenêtre précédente après la copie</translation>
    </message>
    <message>
        <source>C&amp;lose the search after copying</source>
        <translation>Fermer la rec&amp;herche après la copie</translation>
    </message>
    <message>
        <source>Show the full te&amp;xt of the selected phrase</source>
        <translation>Afficher le te&amp;xte complet de la phrase choisie</translation>
    </message>
    <message>
        <source>Start CalmDesk &amp;when you log in</source>
        <translation>Lancer CalmDesk à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Not supported on this system yet</source>
        <translation>Pas encore pris en charge sur ce système</translation>
    </message>
    <message>
        <source>The autostart entry %s</source>
        <translation>L&apos;entrée de démarrage automatique %s</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>A&amp;jouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation>E-&amp;mail du support :</translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation>&amp;Raccourci :</translation>
    </message>
    <message>
        <source>&amp;Team packs:</source>
        <translation>&amp;Paquets d&apos;équipe :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>T&amp;imes and complaints</source>
        <translation>Dé&amp;lais et réclamations</translation>
    </message>
    <message>
        <source>“%s” does not look like an email address, e.g. help@acme.example.</source>
        <translation>« %s » ne ressemble pas à une adresse e-mail, par ex. help@acme.example.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %s</source>
        <translation>Impossible de changer le lancement à l&apos;ouverture de session : %s</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Ad&amp;just in the desktop&apos;s settings…</source>
        <translation>Modifier dans les paramètres du &amp;bureau…</translation>
    </message>
    <message>
        <source>This desktop keeps the key: change it there.</source>
        <translation>Ce bureau gère la touche : modifiez-la là-bas.</translation>
    </message>
    <message>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Cliquez, puis appuyez sur la combinaison de touches qui ouvre la recherche</translation>
    </message>
    <message>
        <source>Reset hotkey to the default</source>
        <translation>Remettre le raccourci par défaut</translation>
    </message>
    <message>
        <source>Gi&amp;ve my clipboard back after pasting</source>
        <translation>Me rendre mon presse-pap&amp;iers après le collage</translation>
    </message>
    <message>
        <source>What you had copied before returns once the phrase is pasted.</source>
        <translation>Ce que vous aviez copié revient une fois la phrase collée.</translation>
    </message>
    <message>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Un dossier par ligne, p. ex. un partage tenu par votre responsable</translation>
    </message>
    <message>
        <source>Team pack folders</source>
        <translation>Dossiers de packs d&apos;équipe</translation>
    </message>
    <message>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Les packs de phrases de ces dossiers se chargent aussi, et se rechargent quand ils changent</translation>
    </message>
    <message>
        <source>Add a team pack folder</source>
        <translation>Ajouter un dossier de packs d&apos;équipe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>This hotkey cannot be used: %s</source>
        <translation>Ce raccourci ne peut pas être utilisé : %s</translation>
    </message>
    <message>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>Un raccourci est nécessaire pour ouvrir la recherche : le champ est revenu à %s. Appuyez sur OK pour le garder, ou choisissez une autre touche.</translation>
    </message>
    <message>
        <source>Could not save the settings: %s</source>
        <translation>Impossible d&apos;enregistrer les réglages : %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Complaints per day (last 14 days)</source>
        <translation>Réclamations par jour (14 derniers jours)</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Phrases you use most</source>
        <translation>Phrases que vous utilisez le plus</translation>
    </message>
    <message>
        <source>Steps most often skipped</source>
        <translation>Étapes le plus souvent sautées</translation>
    </message>
    <message>
        <source>Your statistics</source>
        <translation>Vos statistiques</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Phrases used least and never</source>
        <translation>Phrases les moins utilisées et jamais utilisées</translation>
    </message>
    <message>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Uniquement sur cet ordinateur : ces chiffres ne sont jamais envoyés nulle part.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) (%d closed)</source>
        <translation>
            <numerusform>%n réclamation (closes : %d)</numerusform>
            <numerusform>%n réclamations (closes : %d)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message numerus="yes">
        <source>Never used: %d of %n phrase(s).</source>
        <translation>
            <numerusform>Jamais utilisées : %d sur %n phrase.</numerusform>
            <numerusform>Jamais utilisées : %d sur %n phrases.</numerusform>
        </translation>
    </message>
    <message>
        <source>median time to close: %s</source>
        <translation>délai médian de clôture : %s</translation>
    </message>
    <message>
        <source>none closed yet</source>
        <translation>aucune close pour l&apos;instant</translation>
    </message>
    <message>
        <source>reply targets: %d met, %d missed</source>
        <translation>délais de réponse : %d tenus, %d manqués</translation>
    </message>
    <message>
        <source>No complaints yet.</source>
        <translation>Pas encore de réclamation.</translation>
    </message>
    <message>
        <source>No phrase copied yet.</source>
        <translation>Aucune phrase copiée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No closed complaint yet.</source>
        <translation>Pas encore de réclamation close.</translation>
    </message>
    <message>
        <source>Used least: %s.</source>
        <translation>Les moins utilisées : %s.</translation>
    </message>
    <message>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Marquées comme efficaces (Ctrl+G dans la recherche) : %s.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non précisé</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>StepDetail</name>
    <message>
        <source>What to do in this step</source>
        <translation>Que faire à cette étape</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Say instead</source>
        <translation>Dites plutôt</translation>
    </message>
    <message>
        <source>Their message threatens %s</source>
        <translation>Son message menace de : %s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>%s (skipped)</source>
        <translation>%s (sautée)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>pas fait</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Les favoris et les phrases récentes sont désactivés pour l&apos;instant</translation>
    </message>
    <message>
        <source>About your CalmDesk data</source>
        <translation>À propos de vos données CalmDesk</translation>
    </message>
    <message>
        <source>Your own phrases could not be loaded</source>
        <translation>Vos propres phrases n&apos;ont pas pu être chargées</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <source>Promised times</source>
        <translation>Heures promises</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Début de la journée</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fin de la journée</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Round promised times up to</source>
        <translation>Arrondir les heures promises à</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>&amp;Heures de travail :</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>&amp;Jours travaillés :</translation>
    </message>
    <message>
        <source>Rou&amp;nd promised times up to:</source>
        <translation>A&amp;rrondir les heures promises à :</translation>
    </message>
    <message>
        <source>“%s” is not a time; write it like 16:30 or 1630.</source>
        <translation>« %s » n&apos;est pas une heure ; écrivez-la comme 16:30 ou 1630.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>La journée doit finir après avoir commencé.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour de travail.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Complaint checklist</source>
        <translation>Étapes de la réclamation</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>Nouvelle réclamation…</translation>
    </message>
    <message>
        <source>Customer replied (restart the reply clock)</source>
        <translation>Le client a répondu (relancer le chrono de réponse)</translation>
    </message>
    <message>
        <source>Follow-ups and history…</source>
        <translation>Suivis et historique…</translation>
    </message>
    <message>
        <source>Edit phrases…</source>
        <translation>Modifier les phrases…</translation>
    </message>
    <message>
        <source>Your statistics…</source>
        <translation>Vos statistiques…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>About CalmDesk</source>
        <translation>À propos de CalmDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open phrase search</source>
        <translation>Ouvrir la recherche de phrases</translation>
    </message>
    <message>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk : des réponses calmes pour les chats difficiles</translation>
    </message>
    <message>
        <source>Press %s to search phrases</source>
        <translation>Appuyez sur %s pour chercher des phrases</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <source>One minute for you</source>
        <translation>Une minute pour vous</translation>
    </message>
    <message>
        <source>Unwind</source>
        <translation>Décompresser</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Rythme de respiration</translation>
    </message>
    <message>
        <source>Done. Well handled.</source>
        <translation>C&apos;est fait. Bien géré.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>Inspirez…</translation>
    </message>
    <message>
        <source>…and out, slowly</source>
        <translation>…et expirez, lentement</translation>
    </message>
    <message>
        <source>%d s left</source>
        <translation>%d s restantes</translation>
    </message>
</context>
<context>
    <name>VersionPanel</name>
    <message>
        <source>Pick a language to edit its version</source>
        <translation>Choisissez une langue pour modifier sa version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versions par langue</translation>
    </message>
    <message>
        <source>Language of the text below</source>
        <translation>Langue du texte ci-dessous</translation>
    </message>
    <message>
        <source>↩ no version: agents get the English one</source>
        <translation>↩ pas de version : les agents reçoivent l’anglaise</translation>
    </message>
    <message>
        <source>Editing the %s version.</source>
        <translation>Modification de la version en %s.</translation>
    </message>
    <message>
        <source>↩ No %1 version yet: agents get the %2 one, shown below. Write over it and save to add the %1 version.</source>
        <translation>↩ Pas encore de version en %1 : les agents reçoivent la version en %2, affichée ci-dessous. Écrivez par-dessus et enregistrez pour ajouter la version en %1.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Appuyez sur %s à côté de votre chat pour trouver une phrase.</translation>
    </message>
    <message>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>Le menu de l&apos;icône de la zone de notification contient la liste d&apos;étapes, vos phrases et les réglages.</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Démarrer avec ma session</translation>
    </message>
    <message>
        <source>To have it ready at every login, tick “Start CalmDesk when you log in” in the settings (or run: calmdesk autostart on).</source>
        <translation>Pour l&apos;avoir à chaque ouverture de session, cochez « Lancer CalmDesk à l&apos;ouverture de session » dans les réglages (ou lancez : calmdesk autostart on).</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session</source>
        <translation>CalmDesk ne peut pas démarrer avec votre session</translation>
    </message>
    <message>
        <source>CalmDesk will start with your session</source>
        <translation>CalmDesk démarrera avec votre session</translation>
    </message>
    <message>
        <source>It will be ready at every login. The settings can turn this off.</source>
        <translation>Il sera prêt à chaque ouverture de session. Les paramètres permettent de le désactiver.</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>CalmDesk est lancé</translation>
    </message>
</context>
<context>
    <name>WhoseLabel</name>
    <message numerus="yes">
        <source>(%n more open: Ctrl+PgUp/PgDn)</source>
        <translation>
            <numerusform>(%n autre ouverte : Ctrl+PgUp/PgDn)</numerusform>
            <numerusform>(%n autres ouvertes : Ctrl+PgUp/PgDn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling for: </source>
        <translation>Pour : </translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <source>Add my name…</source>
        <translation>Saisir mon nom…</translation>
    </message>
    <message numerus="yes">
        <source>%d in %n pack(s)</source>
        <translation>
            <numerusform>%d dans %n pack</numerusform>
            <numerusform>%d dans %n packs</numerusform>
        </translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>The phrase editor is not available</source>
        <translation>L&apos;éditeur de phrases n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>Le fichier de données de CalmDesk n&apos;a pas pu être ouvert, donc vos phrases ne peuvent pas être enregistrées.</translation>
    </message>
</context>
</TS>
