<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="53"/>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Drücken Sie %s neben Ihrem Chat, um eine Phrase zu finden.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="55"/>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>Im Menü des Symbols in der Taskleiste finden Sie die Beschwerde-Checkliste, Ihre Phrasen und die Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="56"/>
        <source>CalmDesk is running</source>
        <translation>CalmDesk läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>Export your phrases</source>
        <translation>Ihre Phrasen exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>CalmDesk-Paket (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="344"/>
        <source>Not exported: %s</source>
        <translation>Nicht exportiert: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="345"/>
        <source>Exported %d phrases to %s</source>
        <translation>%d Phrasen nach %s exportiert</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="25"/>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="32"/>
        <source>About CalmDesk</source>
        <translation>Über CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="28"/>
        <source>CalmDesk logo</source>
        <translation>CalmDesk-Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="48"/>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="49"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="50"/>
        <source>Your phrase packs</source>
        <translation>Ihre Phrasenpakete</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="58"/>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Ruhige, fertige Antworten für Support-Mitarbeiter bei verärgerten Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="59"/>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Funktioniert komplett offline: Nichts, was Sie tippen, verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="117"/>
        <source>Some settings were not understood</source>
        <translation>Einige Einstellungen wurden nicht verstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="155"/>
        <source>Copied, not pasted</source>
        <translation>Kopiert, nicht eingefügt</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="139"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="166"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="167"/>
        <source>Phrases of every category</source>
        <translation>Phrasen aller Kategorien</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="168"/>
        <source>Category: %s</source>
        <translation>Kategorie: %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="68"/>
        <source>Tone check</source>
        <translation>Tonprüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="69"/>
        <source>Tone check summary</source>
        <translation>Zusammenfassung der Tonprüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="75"/>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Schreiben oder fügen Sie hier Ihre Antwort ein: Wörter, die es schlimmer machen könnten, werden unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="77"/>
        <source>Draft reply</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="79"/>
        <source>Tone findings</source>
        <translation>Hinweise zum Ton</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="83"/>
        <source>Fixes for the selected finding</source>
        <translation>Lösungen für den gewählten Hinweis</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="124"/>
        <source>Say instead: “%s”</source>
        <translation>Stattdessen: „%s“</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="126"/>
        <source>Leave out “%s”</source>
        <translation>„%s“ weglassen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="133"/>
        <source>Use the phrase “%s”</source>
        <translation>Die Phrase „%s“ verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="198"/>
        <source>Tone check: write or paste your reply below</source>
        <translation>Tonprüfung: Schreiben oder fügen Sie Ihre Antwort unten ein</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="201"/>
        <source>Tone check: reads calmly</source>
        <translation>Tonprüfung: liest sich ruhig</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="203"/>
        <source>Tone check: 1 thing to look at</source>
        <translation>Tonprüfung: 1 Stelle ansehen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="204"/>
        <source>Tone check: %d things to look at</source>
        <translation>Tonprüfung: %d Stellen ansehen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="209"/>
        <source>No %s</source>
        <translation>Kein %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="220"/>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Nichts zu ändern: Der Entwurf liest sich ruhig.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="223"/>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Formulieren Sie diese Stelle in eigenen Worten um (Alt+↑/↓ nächster Hinweis).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="103"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="117"/>
        <source>Close complaint…</source>
        <translation>Beschwerde schließen…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="124"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="125"/>
        <source>Complaint checklist</source>
        <translation>Beschwerde-Checkliste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="126"/>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="127"/>
        <source>New complaint</source>
        <translation>Neue Beschwerde</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="128"/>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Neue Beschwerde beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="129"/>
        <source>Reply clock</source>
        <translation>Antwortuhr</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="133"/>
        <source>Checklist steps</source>
        <translation>Schritte der Checkliste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="135"/>
        <source>What to do in this step</source>
        <translation>Was in diesem Schritt zu tun ist</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="140"/>
        <source>Phrases for this step</source>
        <translation>Phrasen für diesen Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="146"/>
        <source>Close complaint</source>
        <translation>Beschwerde schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="218"/>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Keine Beschwerde offen: Ctrl+N beginnt eine</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="304"/>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Tippen bewirkt hier nichts: Klicken Sie ins Chatfenster, um zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="321"/>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Beginnen Sie zuerst eine Beschwerde (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>%s abgehakt aufgehoben · Ctrl+Z macht rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>%s abgehakt · Ctrl+Z macht rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="333"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Ticked %s again</source>
        <translation>%s wieder abgehakt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Unticked %s</source>
        <translation>%s nicht mehr abgehakt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="397"/>
        <source>Could not copy: %s</source>
        <translation>Konnte nicht kopieren: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="400"/>
        <source>Copied: %s</source>
        <translation>Kopiert: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="422"/>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Die Schritte dienen als Leitfaden; beginnen Sie eine Beschwerde, um sie abzuhaken.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="427"/>
        <source>Open for %s</source>
        <translation>Offen seit %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="429"/>
        <source>waiting %s of %s</source>
        <translation>wartet %s von %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply soon</source>
        <translation>bald antworten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply now</source>
        <translation>jetzt antworten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="435"/>
        <source>waiting %s</source>
        <translation>wartet %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="445"/>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ Schritt · Leertaste abhaken · Tab Phrasen · Enter kopieren · Esc ausblenden</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="36"/>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="57"/>
        <source>Close complaint</source>
        <translation>Beschwerde schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="38"/>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Beschwerde von %s schließen. Später nachfassen?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="42"/>
        <source>No follow-up</source>
        <translation>Kein Nachfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="43"/>
        <source>In 4 hours</source>
        <translation>In 4 Stunden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="44"/>
        <source>Tomorrow, same time</source>
        <translation>Morgen zur selben Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="45"/>
        <source>In 2 days</source>
        <translation>In 2 Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="46"/>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="50"/>
        <source>At…</source>
        <translation>Um…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="51"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="52"/>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>Freitag 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="53"/>
        <source>Follow-up time</source>
        <translation>Zeitpunkt zum Nachfassen</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="79"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>Complaints are off</source>
        <translation>Beschwerden sind aus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>CalmDesk could not open its data file.</source>
        <translation>CalmDesk konnte seine Datendatei nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="163"/>
        <source>Follow up with %s</source>
        <translation>Bei %s nachfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="172"/>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Stehen Sie auf, atmen Sie langsam aus und lassen Sie dieses Gespräch los.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>That was a hard one. %s</source>
        <translation>Das war ein schwieriges. %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>One minute</source>
        <translation>Eine Minute</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="181"/>
        <source>The next customer can wait one minute.</source>
        <translation>Der nächste Kunde kann eine Minute warten.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="220"/>
        <source>Promised %s: %s</source>
        <translation>Zugesagt %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="222"/>
        <source>You promised %s. Remind you then?</source>
        <translation>Sie haben %s zugesagt. Dann erinnern?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="223"/>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="232"/>
        <source>Remind me</source>
        <translation>Erinnere mich</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="228"/>
        <source>Check in with %s</source>
        <translation>Bei %s melden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="230"/>
        <source>Remind you to check in with %s at %s?</source>
        <translation>Daran erinnern, sich bei %s um %s zu melden?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="251"/>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="252"/>
        <source>follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="253"/>
        <source>time to check in</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="254"/>
        <source>a promise is due</source>
        <translation>eine Zusage ist fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="255"/>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="256"/>
        <source>A reminder is due.</source>
        <translation>Eine Erinnerung ist fällig.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="46"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="47"/>
        <source>New complaint</source>
        <translation>Neue Beschwerde</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="50"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="51"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="52"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="53"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="55"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="59"/>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>1 annoyed</source>
        <translation>1 genervt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>2 upset</source>
        <translation>2 verstimmt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>3 angry</source>
        <translation>3 verärgert</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>4 very angry</source>
        <translation>4 sehr verärgert</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="61"/>
        <source>5 furious</source>
        <translation>5 wütend</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="65"/>
        <source>(your language)</source>
        <translation>(Ihre Sprache)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>e.g. Ana Souza</source>
        <translation>z. B. Ana Souza</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>Ticket or order</source>
        <translation>Vorgang oder Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>e.g. #10442</source>
        <translation>z. B. #10442</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>e.g. late refund</source>
        <translation>z. B. verspätete Erstattung</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="76"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="77"/>
        <source>How angry</source>
        <translation>Wie verärgert</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="78"/>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="79"/>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Alle Felder sind freiwillig. Enter beginnt die Beschwerde.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="81"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="88"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="89"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="90"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="91"/>
        <source>T&amp;opic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="92"/>
        <source>&amp;Anger:</source>
        <translation>Ä&amp;rger:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="24"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="26"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="27"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="28"/>
        <source>Phone (on hold)</source>
        <translation>Telefon (Warteschleife)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="29"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="33"/>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="38"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="35"/>
        <source>Reply target, %s</source>
        <translation>Antwortziel, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="36"/>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>Die Uhr wird kurz davor gelb und danach rot</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="40"/>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Erinnerung zum Melden nach einer Wartephrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="41"/>
        <source>Copying a phrase ticks the checklist step it serves</source>
        <translation>Eine kopierte Phrase hakt ihren Schritt der Checkliste ab</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="44"/>
        <source>Offer a one-minute break after a hard complaint</source>
        <translation>Nach einer schweren Beschwerde eine Minute Pause anbieten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="54"/>
        <source>Reply within:</source>
        <translation>Antworten innerhalb von:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="58"/>
        <source>Check in after:</source>
        <translation>Melden nach:</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_watch.py" line="123"/>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>Beschwerden sind vorerst aus: CalmDesk konnte seine Datendatei nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="83"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="84"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="86"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="87"/>
        <source>&amp;Customize</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="88"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="526"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="89"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="529"/>
        <source>☆ &amp;Favourite</source>
        <translation>☆ &amp;Favorit</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="90"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="91"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="94"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="102"/>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="95"/>
        <source>CalmDesk phrase editor</source>
        <translation>CalmDesk-Phraseneditor</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="96"/>
        <source>Search phrases (Ctrl+F)</source>
        <translation>Phrasen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="97"/>
        <source>Search phrases</source>
        <translation>Phrasen suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="99"/>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="100"/>
        <source>Pack filter</source>
        <translation>Paketfilter</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="119"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <source>Yours (customized)</source>
        <translation>Ihre (angepasst)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="124"/>
        <source>Where this phrase comes from</source>
        <translation>Woher diese Phrase stammt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="128"/>
        <source>New phrase (Ctrl+N)</source>
        <translation>Neue Phrase (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="129"/>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Diese Phrase als neue eigene kopieren (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="130"/>
        <source>Save now (Ctrl+S)</source>
        <translation>Jetzt speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="131"/>
        <source>Delete your phrase, or revert a customized one (Delete; Ctrl+Z undoes)</source>
        <translation>Ihre Phrase löschen oder eine angepasste zurücksetzen (Entf; Ctrl+Z macht rückgängig)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="132"/>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Eine eigene Kopie dieser Phrase anlegen; sie ersetzt das Original überall</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="133"/>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Diese Phrase in der Suche ausblenden oder wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="134"/>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Als Favorit markieren (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="135"/>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Phrasen aus Espanso, Beeftext, CSV oder einem CalmDesk-Paket hinzufügen (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="136"/>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Ihre Phrasen als CalmDesk-Paket oder CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="250"/>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Eine neue eigene Phrase (noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="260"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="275"/>
        <source>Not saved: %s</source>
        <translation>Nicht gespeichert: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="278"/>
        <source>Saved “%s”.</source>
        <translation>„%s“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="286"/>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="288"/>
        <source>Duplicated as “%s”.</source>
        <translation>Dupliziert als „%s“.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="298"/>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Ihre Kopie von „%s“ ersetzt jetzt das Original.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="313"/>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>„%s“ auf das Original zurückgesetzt. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="315"/>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>„%s“ gelöscht. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="325"/>
        <source>Brought back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="327"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Hidden from the picker.</source>
        <translation>In der Suche ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Shown in the picker again.</source>
        <translation>Wieder in der Suche sichtbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>★ Added to favourites</source>
        <translation>★ Zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>Removed from favourites</source>
        <translation>Aus den Favoriten entfernt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="358"/>
        <source>Imported %d phrases.</source>
        <translation>%d Phrasen importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="413"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="417"/>
        <source>All packs</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="419"/>
        <source>Your phrases</source>
        <translation>Ihre Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="450"/>
        <source>%d phrases</source>
        <translation>%d Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="462"/>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="464"/>
        <source>Team: %s</source>
        <translation>Team: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="470"/>
        <source>Built-in: %s</source>
        <translation>Mitgeliefert: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="472"/>
        <source>Team pack: %s</source>
        <translation>Teampaket: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="474"/>
        <source>Yours, customized from %s</source>
        <translation>Ihre, angepasst aus %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>, from %s</source>
        <translation>, aus %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="499"/>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Wählen Sie links eine Phrase, oder drücken Sie Ctrl+N für eine neue.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="503"/>
        <source>read-only: Customize makes your own copy</source>
        <translation>schreibgeschützt: Anpassen legt eine eigene Kopie an</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="505"/>
        <source>hidden from the picker</source>
        <translation>in der Suche ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="526"/>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="529"/>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favorit</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="44"/>
        <source>Fill in the blanks</source>
        <translation>Lücken ausfüllen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="49"/>
        <source>Fill-in hint</source>
        <translation>Hinweis zum Ausfüllen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="93"/>
        <source>default: %s</source>
        <translation>Vorgabe: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="95"/>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="98"/>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="127"/>
        <source>%s:</source>
        <translation>%s:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="117"/>
        <source>Include this part of the phrase</source>
        <translation>Diesen Teil der Phrase einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="120"/>
        <source>Include:</source>
        <translation>Einfügen:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="187"/>
        <source>Please fill in: %s</source>
        <translation>Bitte ausfüllen: %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="46"/>
        <source>Snooze 10 &amp;min</source>
        <translation>10 &amp;Min. später</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="47"/>
        <source>Snooze 1 h&amp;our</source>
        <translation>1 St&amp;unde später</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="48"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="51"/>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="52"/>
        <source>Follow-ups and history</source>
        <translation>Nachfassen und Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="54"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="55"/>
        <source>Closed complaints</source>
        <translation>Geschlossene Beschwerden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="88"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="89"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="116"/>
        <source>Could not write %s: %s</source>
        <translation>Konnte %s nicht schreiben: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="118"/>
        <source>Wrote %d complaints to %s</source>
        <translation>%d Beschwerden nach %s geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="123"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="97"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="98"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="99"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="100"/>
        <source>Anger</source>
        <translation>Ärger</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="101"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="102"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="103"/>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="104"/>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="97"/>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="98"/>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="100"/>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>Meine Phrasen mit derselben ID &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="101"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="106"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="108"/>
        <source>Import phrases</source>
        <translation>Phrasen importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="110"/>
        <source>Espanso (match file or folder)</source>
        <translation>Espanso (Match-Datei oder Ordner)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="111"/>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (JSON- oder CSV-Export)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="112"/>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander und andere)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="113"/>
        <source>CalmDesk pack (.toml)</source>
        <translation>CalmDesk-Paket (.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="116"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="117"/>
        <source>File or folder to import</source>
        <translation>Datei oder Ordner zum Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="118"/>
        <source>Path of the file or folder</source>
        <translation>Pfad der Datei oder des Ordners</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="122"/>
        <source>Category when the words do not suggest one</source>
        <translation>Kategorie, wenn die Wörter keine nahelegen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="124"/>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="126"/>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="126"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="127"/>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="130"/>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="149"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="150"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Aus:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="151"/>
        <source>&amp;Category otherwise:</source>
        <translation>&amp;Kategorie sonst:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="182"/>
        <source>Pick a file or folder first.</source>
        <translation>Wählen Sie zuerst eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="198"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="207"/>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Ihre CalmDesk-Datendatei ist nicht geöffnet, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="215"/>
        <source>Nothing was imported: %s</source>
        <translation>Nichts importiert: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="237"/>
        <source>Will add (%d)</source>
        <translation>Wird hinzugefügt (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="239"/>
        <source>Will customize (%d)</source>
        <translation>Wird angepasst (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="240"/>
        <source>replaces the built-in</source>
        <translation>ersetzt die mitgelieferte</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>Will replace (%d)</source>
        <translation>Wird ersetzt (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>overwrites yours</source>
        <translation>überschreibt Ihre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="243"/>
        <source>Skipped (%d)</source>
        <translation>Übersprungen (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="244"/>
        <source>Notes (%d)</source>
        <translation>Hinweise (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="253"/>
        <source>… and %d more</source>
        <translation>… und %d weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="256"/>
        <source>%d to import.</source>
        <translation>%d zu importieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="258"/>
        <source>Left out: %s.</source>
        <translation>Ausgelassen: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="259"/>
        <source>A backup of your data is made first.</source>
        <translation>Vorher wird eine Sicherung Ihrer Daten angelegt.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="266"/>
        <source>Cannot import: %s</source>
        <translation>Import nicht möglich: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="278"/>
        <source>Import phrases from</source>
        <translation>Phrasen importieren aus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="280"/>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Textbausteine (*.yml *.yaml *.json *.csv *.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="289"/>
        <source>Import an Espanso folder</source>
        <translation>Einen Espanso-Ordner importieren</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="81"/>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Einige Phrasenpakete konnten nicht geladen werden; die anderen funktionieren wie gewohnt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="149"/>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Ein Phrasenpaket hat ein Problem; die anderen funktionieren wie gewohnt</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="70"/>
        <source>The hotkey %s is not available</source>
        <translation>Das Tastenkürzel %s ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="71"/>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Wählen Sie in den Einstellungen eine andere Taste, oder legen Sie „calmdesk show“ in Ihrer Arbeitsumgebung auf eine Taste.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="104"/>
        <source>Something went wrong: %s</source>
        <translation>Etwas ist schiefgegangen: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="105"/>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>CalmDesk läuft weiter. Details stehen in %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="116"/>
        <source>The hotkey %s is not available: %s</source>
        <translation>Das Tastenkürzel %s ist nicht verfügbar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="120"/>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>CalmDesk kann auf dieser Arbeitsumgebung keine globale Taste abfangen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="122"/>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher zeigt CalmDesk kein Symbol.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="132"/>
        <source>… and %d more</source>
        <translation>… und %d weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="135"/>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Alles andere funktioniert. „Details anzeigen“ enthält die ganze Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk started with some problems</source>
        <translation>CalmDesk wurde mit einigen Problemen gestartet</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk is running</source>
        <translation>CalmDesk läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="151"/>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>CalmDesk läuft weiter: Drücken Sie %s oder führen Sie „calmdesk show“ aus, um die Phrasensuche zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="156"/>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Um die Phrasensuche zu öffnen, legen Sie den Befehl „calmdesk show“ in den Tastatureinstellungen Ihrer Arbeitsumgebung auf eine Taste (docs/hotkeys.md zeigt, wie)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="160"/>
        <source>, or pick another key in Settings</source>
        <translation>, oder wählen Sie in den Einstellungen eine andere Taste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="162"/>
        <source>CalmDesk keeps running. %s.</source>
        <translation>CalmDesk läuft weiter. %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="163"/>
        <source>%s; the tray icon works as well.</source>
        <translation>%s; das Symbol im Infobereich funktioniert ebenfalls.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="168"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="18"/>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="22"/>
        <source>Offer</source>
        <translation>Anbieten</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="59"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="60"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="62"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="63"/>
        <source>A few words agents will recognise</source>
        <translation>Ein paar Wörter, die Agenten wiedererkennen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="66"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="67"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="68"/>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Suchwörter, durch Kommas getrennt: Rückerstattung, Geld zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="71"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="74"/>
        <source>Checklist step</source>
        <translation>Schritt der Checkliste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="75"/>
        <source>Phrase text</source>
        <translation>Text der Phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="77"/>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Hallo {{customer_name}}, … (Lücken in doppelten geschweiften Klammern; {{days: 1-2 | 3-5}} bietet eine Auswahl)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="82"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="85"/>
        <source>Preview with sample values</source>
        <translation>Vorschau mit Beispielwerten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="107"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="108"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="109"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="110"/>
        <source>Checklist &amp;step:</source>
        <translation>Checklisten-&amp;Schritt:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="114"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="117"/>
        <source>Preview (sample values):</source>
        <translation>Vorschau (Beispielwerte):</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="213"/>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="220"/>
        <source>The preview shows here as you type.</source>
        <translation>Die Vorschau erscheint hier, während Sie tippen.</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="88"/>
        <source> (hidden)</source>
        <translation> (ausgeblendet)</translation>
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
        <translation>CalmDesk-Phrasensuche</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="124"/>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Phrasen suchen: Entschuldigung, warten, Rückerstattung…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="125"/>
        <source>Search phrases</source>
        <translation>Phrasen suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="135"/>
        <source>Matching phrases</source>
        <translation>Passende Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="180"/>
        <source>Current complaint</source>
        <translation>Aktuelle Beschwerde</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="378"/>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="501"/>
        <source>Could not copy: %s</source>
        <translation>Konnte nicht kopieren: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="381"/>
        <source>Copied: %s</source>
        <translation>Kopiert: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="403"/>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Nichts zu suchen in „%s“: alle Phrasen werden gezeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="441"/>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Keine Phrase in „%s“ passt zu „%s“.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="443"/>
        <source>No phrase in “%s”.</source>
        <translation>Keine Phrase in „%s“.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="444"/>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Drücken Sie Ctrl+0, um in allen Kategorien zu suchen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="446"/>
        <source>No phrases loaded.</source>
        <translation>Keine Phrasen geladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="450"/>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Nichts in der Bibliothek hat mit „%s“ zu tun.

Stöbern Sie oben in einer Kategorie (Ctrl+←/→), oder versuchen Sie andere Wörter: Entschuldigung, warten, Rückerstattung, Teamleitung…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="463"/>
        <source>Could not save the favourite: %s</source>
        <translation>Favorit konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>★ Added to favourites</source>
        <translation>★ Zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>Removed from favourites</source>
        <translation>Aus den Favoriten entfernt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="503"/>
        <source>Draft copied.</source>
        <translation>Entwurf kopiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="521"/>
        <source>Already sent to this customer at %s.</source>
        <translation>Schon um %s an diesen Kunden geschickt.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="523"/>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Fast dieselben Worte gingen um %s an diesen Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="525"/>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R: stattdessen „%s“.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="563"/>
        <source>Could not save the mark: %s</source>
        <translation>Markierung konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="567"/>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Notiert: „%s“ hat bei „%s“ geholfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="569"/>
        <source>Noted: “%s” worked.</source>
        <translation>Notiert: „%s“ hat geholfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="577"/>
        <source>Alt+1-9 fix · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 korrigieren · Alt+↑/↓ Hinweis · Ctrl+Enter Entwurf kopieren · Ctrl+T Phrasen · Esc schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="582"/>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Esc close</source>
        <translation>Enter kopieren · Ctrl+Enter kopieren, offen lassen · Alt+1-9 wählen · Ctrl+D Favorit · Ctrl+←/→ Kategorie · Ctrl+N neue Beschwerde · Ctrl+K Checkliste · Ctrl+T Ton prüfen · Ctrl+E bearbeiten · Esc schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="596"/>
        <source>(%d more open: Ctrl+PgUp/PgDn)</source>
        <translation>(%d weitere offen: Ctrl+PgUp/PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="597"/>
        <source>Filling for: </source>
        <translation>Ausfüllen für: </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/preview.py" line="53"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="50"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="51"/>
        <source>Check in</source>
        <translation>Melden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="52"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/result_delegate.py" line="100"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/results_model.py" line="130"/>
        <source> (partial match)</source>
        <translation> (teilweise Treffer)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/results_model.py" line="131"/>
        <source> (in %1)</source>
        <translation> (auf %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="69"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>Der Name, mit dem Sie Antworten unterschreiben, z. B. Sam</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="73"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="75"/>
        <source>Your company or team, e.g. Acme</source>
        <translation>Ihre Firma oder Ihr Team, z. B. Acme</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="76"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="78"/>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Wird in öffentlichen Antworten angeboten, z. B. hilfe@acme.example</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Support e-mail</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>Hotkey</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="84"/>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Klicken Sie und drücken Sie dann die Tastenkombination, die die Suche öffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="86"/>
        <source>Reset hotkey to the default</source>
        <translation>Tastenkürzel auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="87"/>
        <source>Paste into the previous window after copying</source>
        <translation>Nach dem Kopieren ins vorherige Fenster einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>Close the search after copying</source>
        <translation>Suche nach dem Kopieren schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Show the full text of the selected phrase</source>
        <translation>Den vollen Text der gewählten Phrase zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="97"/>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Ein Ordner pro Zeile, z. B. eine Freigabe Ihrer Teamleitung</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="98"/>
        <source>Team pack folders</source>
        <translation>Ordner mit Teampaketen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Phrasenpakete in diesen Ordnern werden mitgeladen und bei Änderungen neu geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="104"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="105"/>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="181"/>
        <source>Add a team pack folder</source>
        <translation>Einen Ordner mit Teampaketen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="108"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="121"/>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="122"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="123"/>
        <source>Support e-mail:</source>
        <translation>Support-E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="124"/>
        <source>Hotkey:</source>
        <translation>Tastenkürzel:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="131"/>
        <source>Team packs:</source>
        <translation>Teampakete:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="137"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="138"/>
        <source>Times and complaints</source>
        <translation>Zeiten und Beschwerden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="155"/>
        <source>This hotkey cannot be used: %s</source>
        <translation>Dieses Tastenkürzel kann nicht verwendet werden: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="191"/>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>Zum Öffnen der Suche braucht es ein Tastenkürzel: Das Feld steht wieder auf %s. Drücken Sie OK, um es zu behalten, oder wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="207"/>
        <source>“%s” does not look like an e-mail address, e.g. help@acme.example.</source>
        <translation>„%s“ sieht nicht wie eine E-Mail-Adresse aus, z. B. hilfe@acme.example.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="223"/>
        <source>Could not save the settings: %s</source>
        <translation>Einstellungen konnten nicht gespeichert werden: %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="130"/>
        <source>Complaints per day (last 14 days)</source>
        <translation>Beschwerden pro Tag (letzte 14 Tage)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="131"/>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="132"/>
        <source>Phrases you use most</source>
        <translation>Ihre meistgenutzten Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="133"/>
        <source>Steps most often skipped</source>
        <translation>Am häufigsten übersprungene Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="137"/>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="138"/>
        <source>Your statistics</source>
        <translation>Ihre Statistik</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="142"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="143"/>
        <source>Phrases used least and never</source>
        <translation>Am wenigsten und nie genutzte Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="144"/>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Nur auf diesem Computer: Diese Zahlen werden nirgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="167"/>
        <source>%d complaints (%d closed)</source>
        <translation>%d Beschwerden (%d geschlossen)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="168"/>
        <source>median time to close: %s</source>
        <translation>mittlere Zeit bis zum Abschluss: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>none closed yet</source>
        <translation>noch keine geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>%g min</source>
        <translation>%g Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="170"/>
        <source>reply targets: %d met, %d missed</source>
        <translation>Antwortziele: %d erreicht, %d verfehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="176"/>
        <source>No complaints yet.</source>
        <translation>Noch keine Beschwerden.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="180"/>
        <source>No phrase copied yet.</source>
        <translation>Noch keine Phrase kopiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="184"/>
        <source>No closed complaint yet.</source>
        <translation>Noch keine geschlossene Beschwerde.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="190"/>
        <source>Never used: %d of %d phrases.</source>
        <translation>Nie genutzt: %d von %d Phrasen.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="192"/>
        <source>Used least: %s.</source>
        <translation>Am wenigsten genutzt: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="194"/>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Als hilfreich markiert (Ctrl+G in der Suche): %s.</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>not done</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="39"/>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Favoriten und zuletzt genutzte Phrasen sind vorerst aus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="42"/>
        <source>About your CalmDesk data</source>
        <translation>Über Ihre CalmDesk-Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="51"/>
        <source>Your own phrases could not be loaded</source>
        <translation>Ihre eigenen Phrasen konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="40"/>
        <source>Promised times</source>
        <translation>Zugesagte Zeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="43"/>
        <source>Working day starts</source>
        <translation>Arbeitstag beginnt</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="44"/>
        <source>Working day ends</source>
        <translation>Arbeitstag endet</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="50"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="51"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="52"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="53"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="54"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="55"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="56"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="65"/>
        <source>%d min</source>
        <translation>%d Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="67"/>
        <source>Round promised times up to</source>
        <translation>Zugesagte Zeiten aufrunden auf</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="71"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="82"/>
        <source>Working hours:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="83"/>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="84"/>
        <source>Round up to:</source>
        <translation>Aufrunden auf:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="90"/>
        <source>The working day must end after it starts.</source>
        <translation>Der Arbeitstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="93"/>
        <source>Choose at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="45"/>
        <source>Complaint checklist</source>
        <translation>Beschwerde-Checkliste</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="46"/>
        <source>New complaint…</source>
        <translation>Neue Beschwerde…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="47"/>
        <source>Follow-ups and history…</source>
        <translation>Nachfassen und Verlauf…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="48"/>
        <source>Edit phrases…</source>
        <translation>Phrasen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="49"/>
        <source>Your statistics…</source>
        <translation>Ihre Statistik…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="50"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="51"/>
        <source>About CalmDesk</source>
        <translation>Über CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="105"/>
        <source>Open phrase search</source>
        <translation>Phrasensuche öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="106"/>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk: ruhige Antworten für schwierige Chats</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="24"/>
        <source>One minute for you</source>
        <translation>Eine Minute für Sie</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="25"/>
        <source>Unwind</source>
        <translation>Abschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="33"/>
        <source>Breathing pace</source>
        <translation>Atemrhythmus</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="61"/>
        <source>Done. Well handled.</source>
        <translation>Geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>Breathe in…</source>
        <translation>Einatmen…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>…and out, slowly</source>
        <translation>…und langsam ausatmen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="66"/>
        <source>%d s left</source>
        <translation>Noch %d s</translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="81"/>
        <source>%d in %d packs</source>
        <translation>%d in %d Paketen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="82"/>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="94"/>
        <source>The phrase editor is not available</source>
        <translation>Der Phraseneditor ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="95"/>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>Die Datendatei von CalmDesk konnte nicht geöffnet werden, daher können Ihre Phrasen nicht gespeichert werden.</translation>
    </message>
</context>
</TS>
