<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CalmDesk</source>
        <translation>Über CalmDesk</translation>
    </message>
    <message>
        <source>CalmDesk logo</source>
        <translation>CalmDesk-Logo</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Your phrase packs</source>
        <translation>Ihre Phrasenpakete</translation>
    </message>
    <message>
        <source>Log (for support)</source>
        <translation>Protokoll (für den Support)</translation>
    </message>
    <message>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Ruhige, fertige Antworten für Support-Mitarbeiter bei verärgerten Kunden.</translation>
    </message>
    <message>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Funktioniert komplett offline: Nichts, was Sie tippen, verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %s</source>
        <translation>%s leeren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>Row headers of %s</source>
        <translation>Zeilenköpfe von %s</translation>
    </message>
    <message>
        <source>Column headers of %s</source>
        <translation>Spaltenköpfe von %s</translation>
    </message>
    <message>
        <source>Select all of %s</source>
        <translation>Alles in %s auswählen</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <source>Copied, not pasted</source>
        <translation>Kopiert, nicht eingefügt</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Phrases of every category</source>
        <translation>Phrasen aller Kategorien</translation>
    </message>
    <message>
        <source>Category: %s</source>
        <translation>Kategorie: %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <source>Tone check</source>
        <translation>Tonprüfung</translation>
    </message>
    <message>
        <source>Tone check summary</source>
        <translation>Zusammenfassung der Tonprüfung</translation>
    </message>
    <message>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Schreiben oder fügen Sie hier Ihre Antwort ein: Wörter, die es schlimmer machen könnten, werden unterstrichen.</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <source>Tone findings</source>
        <translation>Hinweise zum Ton</translation>
    </message>
    <message>
        <source>Fixes for the selected finding</source>
        <translation>Lösungen für den gewählten Hinweis</translation>
    </message>
    <message>
        <source>Say instead: “%s”</source>
        <translation>Stattdessen: „%s“</translation>
    </message>
    <message>
        <source>Leave out “%s”</source>
        <translation>„%s“ weglassen</translation>
    </message>
    <message>
        <source>Insert the phrase “%s”</source>
        <translation>Die Phrase „%s“ einfügen</translation>
    </message>
    <message>
        <source>Replace the draft with “%s”</source>
        <translation>Den Entwurf durch „%s“ ersetzen</translation>
    </message>
    <message>
        <source>Only the start of the reply was checked: the tone rules took too long.</source>
        <translation>Nur der Anfang der Antwort wurde geprüft: die Tonregeln brauchten zu lange.</translation>
    </message>
    <message numerus="yes">
        <source>Tone check: %n thing(s) to look at</source>
        <translation>
            <numerusform>Tonprüfung: %n Stelle ansehen</numerusform>
            <numerusform>Tonprüfung: %n Stellen ansehen</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z takes a fix back)</source>
        <translation>(Ctrl+Z nimmt eine Korrektur zurück)</translation>
    </message>
    <message>
        <source>Tone check: write or paste your reply below</source>
        <translation>Tonprüfung: Schreiben oder fügen Sie Ihre Antwort unten ein</translation>
    </message>
    <message>
        <source>Tone check: reads calmly</source>
        <translation>Tonprüfung: liest sich ruhig</translation>
    </message>
    <message>
        <source>No %s</source>
        <translation>Kein %s</translation>
    </message>
    <message>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Nichts zu ändern: Der Entwurf liest sich ruhig.</translation>
    </message>
    <message>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Formulieren Sie diese Stelle in eigenen Worten um (Alt+↑/↓ nächster Hinweis).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Close complaint…</source>
        <translation>Beschwerde schließen…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Complaint checklist</source>
        <translation>Beschwerde-Checkliste</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Neue Beschwerde</translation>
    </message>
    <message>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Neue Beschwerde beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Schritte der Checkliste</translation>
    </message>
    <message>
        <source>Phrases for this step</source>
        <translation>Phrasen für diesen Schritt</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>Beschwerde schließen</translation>
    </message>
    <message>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Keine Beschwerde offen: Ctrl+N beginnt eine</translation>
    </message>
    <message>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Tippen bewirkt hier nichts: Klicken Sie ins Chatfenster, um zu schreiben.</translation>
    </message>
    <message>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Beginnen Sie zuerst eine Beschwerde (Ctrl+N).</translation>
    </message>
    <message>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>%s abgehakt aufgehoben · Ctrl+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>%s abgehakt · Ctrl+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Ticked %s again</source>
        <translation>%s wieder abgehakt</translation>
    </message>
    <message>
        <source>Unticked %s</source>
        <translation>%s nicht mehr abgehakt</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>Konnte nicht kopieren: %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Kopiert: %s</translation>
    </message>
    <message>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ Schritt · Leertaste abhaken · Tab Phrasen · Enter kopieren · Esc ausblenden</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close complaint</source>
        <translation>Beschwerde schließen</translation>
    </message>
    <message>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Beschwerde von %s schließen. Später nachfassen?</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Kein Nachfassen</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>In 4 Stunden</translation>
    </message>
    <message>
        <source>Next working day, same time</source>
        <translation>Nächster Arbeitstag, gleiche Uhrzeit</translation>
    </message>
    <message>
        <source>In 2 working days</source>
        <translation>In 2 Arbeitstagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Um…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>Freitag 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Zeitpunkt zum Nachfassen</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Nachfassen:</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Complaints are off</source>
        <translation>Beschwerden sind aus</translation>
    </message>
    <message>
        <source>CalmDesk could not open its data file.</source>
        <translation>CalmDesk konnte seine Datendatei nicht öffnen.</translation>
    </message>
    <message>
        <source>Follow up with %s</source>
        <translation>Bei %s nachfassen</translation>
    </message>
    <message>
        <source>No complaint is open</source>
        <translation>Keine Beschwerde ist offen</translation>
    </message>
    <message>
        <source>Start one first (Ctrl+N in the picker).</source>
        <translation>Beginnen Sie zuerst eine (Ctrl+N in der Auswahl).</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>New complaint</source>
        <translation>Neue Beschwerde</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>1 annoyed</source>
        <translation>1 genervt</translation>
    </message>
    <message>
        <source>2 upset</source>
        <translation>2 verstimmt</translation>
    </message>
    <message>
        <source>3 angry</source>
        <translation>3 verärgert</translation>
    </message>
    <message>
        <source>4 very angry</source>
        <translation>4 sehr verärgert</translation>
    </message>
    <message>
        <source>5 furious</source>
        <translation>5 wütend</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Ihre Sprache</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>e.g. Ana Souza</source>
        <translation>z. B. Ana Souza</translation>
    </message>
    <message>
        <source>Address the customer as</source>
        <translation>Anrede des Kunden</translation>
    </message>
    <message>
        <source>their first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>Vorgang oder Bestellung</translation>
    </message>
    <message>
        <source>e.g. #10442</source>
        <translation>z. B. #10442</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>e.g. late refund</source>
        <translation>z. B. verspätete Erstattung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Wie verärgert</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Alle Felder sind freiwillig. Enter beginnt die Beschwerde.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Add&amp;ress as:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>How &amp;angry:</source>
        <translation>&amp;Wie verärgert:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ComplaintOffers</name>
    <message>
        <source>Promised %s: %s</source>
        <translation>Zugesagt %s: %s</translation>
    </message>
    <message>
        <source>You promised %s. Remind you then?</source>
        <translation>Sie haben %s zugesagt. Dann erinnern?</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnere mich</translation>
    </message>
    <message>
        <source>Check in with %s</source>
        <translation>Bei %s melden</translation>
    </message>
    <message>
        <source>Remind you to check in with %s at %s?</source>
        <translation>Daran erinnern, sich bei %s um %s zu melden?</translation>
    </message>
    <message>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Stehen Sie auf, atmen Sie langsam aus und lassen Sie dieses Gespräch los.</translation>
    </message>
    <message>
        <source>That was a hard one. %s</source>
        <translation>Das war ein schwieriges. %s</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Eine Minute</translation>
    </message>
    <message>
        <source>The next customer can wait one minute.</source>
        <translation>Der nächste Kunde kann eine Minute warten.</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone (on hold)</source>
        <translation>Telefon (Warteschleife)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Reply target, %s</source>
        <translation>Antwortziel, %s</translation>
    </message>
    <message>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>Die Uhr wird kurz davor gelb und danach rot</translation>
    </message>
    <message>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Erinnerung zum Melden nach einer Wartephrase</translation>
    </message>
    <message>
        <source>Copying a phrase ticks the checklist &amp;step it serves</source>
        <translation>Eine Phrase kopieren hakt den Checklisten-&amp;Schritt ab, dem sie dient</translation>
    </message>
    <message>
        <source>Offer a one-minute &amp;break after a hard complaint</source>
        <translation>Nach einer harten Beschwerde eine Minute &amp;Pause anbieten</translation>
    </message>
    <message>
        <source>Read the cust&amp;omer&apos;s message on the clipboard</source>
        <translation>Nachricht des &amp;Kunden in der Zwischenablage lesen</translation>
    </message>
    <message>
        <source>The search shows how the customer feels and what they ask, and offers the phrases that answer it. Passwords and card numbers are never read; nothing is kept.</source>
        <translation>Die Suche zeigt, wie es dem Kunden geht und was er möchte, und bietet die passenden Phrasen an. Passwörter und Kartennummern werden nie gelesen; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation>&amp;Antworten binnen:</translation>
    </message>
    <message>
        <source>Check in &amp;after:</source>
        <translation>&amp;Melden nach:</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>Beschwerden sind vorerst aus: CalmDesk konnte seine Datendatei nicht öffnen.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint starts as soon as it is free.</source>
        <translation>Ein anderes Programm verwendet die Datendatei von CalmDesk: Die Beschwerde beginnt, sobald sie frei ist.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint closes as soon as it is free.</source>
        <translation>Ein anderes Programm verwendet die Datendatei von CalmDesk: Die Beschwerde wird geschlossen, sobald sie frei ist.</translation>
    </message>
</context>
<context>
    <name>DeskParts</name>
    <message>
        <source>Some settings were not understood</source>
        <translation>Einige Einstellungen wurden nicht verstanden</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Customise</source>
        <translation>An&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>☆ &amp;Favourite</source>
        <translation>☆ &amp;Favorit</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>New phrase (Ctrl+N)</source>
        <translation>Neue Phrase (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Diese Phrase als neue eigene kopieren (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save now (Ctrl+S)</source>
        <translation>Jetzt speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete your phrase, or revert a customised one (Delete; Ctrl+Z undoes)</source>
        <translation>Ihre Phrase löschen oder eine angepasste zurücksetzen (Delete; Ctrl+Z macht rückgängig)</translation>
    </message>
    <message>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Eine eigene Kopie dieser Phrase anlegen; sie ersetzt das Original überall</translation>
    </message>
    <message>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Diese Phrase in der Suche ausblenden oder wieder zeigen</translation>
    </message>
    <message>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Als Favorit markieren (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Phrasen aus Espanso, Beeftext, CSV oder einem CalmDesk-Paket hinzufügen (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Ihre Phrasen als CalmDesk-Paket oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favorit</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <source>CalmDesk phrase editor</source>
        <translation>CalmDesk-Phraseneditor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Nicht gespeichert: %s</translation>
    </message>
    <message>
        <source>Saved “%s”.</source>
        <translation>„%s“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>There is no %s version to delete.</source>
        <translation>Es gibt keine Fassung auf %s zum Löschen.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Duplicated as “%s”.</source>
        <translation>Dupliziert als „%s“.</translation>
    </message>
    <message>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Ihre Kopie von „%s“ ersetzt jetzt das Original.</translation>
    </message>
    <message>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>„%s“ auf das Original zurückgesetzt. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>„%s“ gelöscht. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Hidden from the picker.</source>
        <translation>In der Suche ausgeblendet.</translation>
    </message>
    <message>
        <source>Shown in the picker again.</source>
        <translation>Wieder in der Suche sichtbar.</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Aus den Favoriten entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n phrase(s).</source>
        <translation>
            <numerusform>%n Phrase importiert.</numerusform>
            <numerusform>%n Phrasen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(noch ohne Titel)</translation>
    </message>
    <message>
        <source>New phrase not saved</source>
        <translation>Neue Phrase nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the new phrase “%s”?</source>
        <translation>Die neue Phrase „%s“ speichern?</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <source>Fill in the blanks</source>
        <translation>Lücken ausfüllen</translation>
    </message>
    <message>
        <source>Fill-in hint</source>
        <translation>Hinweis zum Ausfüllen</translation>
    </message>
    <message>
        <source>default: %s</source>
        <translation>Vorgabe: %s</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s:</translation>
    </message>
    <message>
        <source>Include this part of the phrase</source>
        <translation>Diesen Teil der Phrase einfügen</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Einfügen:</translation>
    </message>
    <message>
        <source>Please fill in: %s</source>
        <translation>Bitte ausfüllen: %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Snooze 10 &amp;min</source>
        <translation>10 &amp;Min. später</translation>
    </message>
    <message>
        <source>Snooze 1 h&amp;our</source>
        <translation>1 St&amp;unde später</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Follow-ups and history</source>
        <translation>Nachfassen und Verlauf</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Closed complaints</source>
        <translation>Geschlossene Beschwerden</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>%s konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Konnte %s nicht schreiben: %s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n complaint(s) to %s</source>
        <translation>
            <numerusform>%n Beschwerde nach %s geschrieben</numerusform>
            <numerusform>%n Beschwerden nach %s geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Wie verärgert</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Language of the phrases</source>
        <translation>Sprache der Sätze</translation>
    </message>
    <message>
        <source>A CSV file&apos;s lang column says it row by row; a pack says its own</source>
        <translation>Die Spalte lang einer CSV-Datei gibt sie Zeile für Zeile an; ein Paket nennt seine eigene</translation>
    </message>
    <message>
        <source>La&amp;nguage of the phrases:</source>
        <translation>Spra&amp;che der Sätze:</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>Meine Phrasen mit derselben ID &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import phrases</source>
        <translation>Phrasen importieren</translation>
    </message>
    <message>
        <source>Espanso (match file or folder)</source>
        <translation>Espanso (Match-Datei oder Ordner)</translation>
    </message>
    <message>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (JSON- oder CSV-Export)</translation>
    </message>
    <message>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander und andere)</translation>
    </message>
    <message>
        <source>CalmDesk pack (.toml)</source>
        <translation>CalmDesk-Paket (.toml)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Datei oder Ordner zum Importieren</translation>
    </message>
    <message>
        <source>Path of the file or folder</source>
        <translation>Pfad der Datei oder des Ordners</translation>
    </message>
    <message>
        <source>Category when the words do not suggest one</source>
        <translation>Kategorie, wenn die Wörter keine nahelegen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Pick a file or folder first.</source>
        <translation>Wählen Sie zuerst eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Ihre CalmDesk-Datendatei ist nicht geöffnet, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>Nichts importiert: %s</translation>
    </message>
    <message>
        <source>Import a folder: Espanso, or CalmDesk packs</source>
        <translation>Einen Ordner importieren: Espanso oder CalmDesk-Pakete</translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Aus:</translation>
    </message>
    <message>
        <source>Cate&amp;gory otherwise:</source>
        <translation>Kate&amp;gorie sonst:</translation>
    </message>
    <message>
        <source>%d to import.</source>
        <translation>%d zu importieren.</translation>
    </message>
    <message>
        <source>A backup of your data is made first.</source>
        <translation>Vorher wird eine Sicherung Ihrer Daten angelegt.</translation>
    </message>
    <message>
        <source>Cannot import: %s</source>
        <translation>Import nicht möglich: %s</translation>
    </message>
    <message>
        <source>Import phrases from</source>
        <translation>Phrasen importieren aus</translation>
    </message>
    <message>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Textbausteine (*.yml *.yaml *.json *.csv *.toml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Text begins</source>
        <translation>Textanfang</translation>
    </message>
    <message>
        <source>From / why</source>
        <translation>Herkunft / Grund</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>Import preview columns</source>
        <translation>Spalten der Importvorschau</translation>
    </message>
    <message>
        <source>replaces the built-in</source>
        <translation>ersetzt die mitgelieferte</translation>
    </message>
    <message>
        <source>overwrites yours</source>
        <translation>überschreibt Ihre</translation>
    </message>
    <message>
        <source>Notes (%d)</source>
        <translation>Hinweise (%d)</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Many replies end with your name and your company. What should they say? (Settings can change it later.)</source>
        <translation>Viele Antworten enden mit Ihrem Namen und Ihrer Firma. Was soll dort stehen? (Die Einstellungen können es später ändern.)</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>Der Name, mit dem Sie Antworten unterschreiben, z. B. Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Ihre Firma oder Ihr Team, z. B. Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <source>Later: ask in Settings</source>
        <translation>Später: in den Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>Konnte nicht speichern: %s</translation>
    </message>
    <message>
        <source>Start CalmDesk when I log &amp;in</source>
        <translation>CalmDesk beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>The hotkey is then ready at every login, no window shown. Settings can turn it off.</source>
        <translation>Das Tastenkürzel ist dann bei jeder Anmeldung bereit, ohne dass ein Fenster erscheint. In den Einstellungen lässt sich das abschalten.</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session: %s</source>
        <translation>CalmDesk kann nicht mit Ihrer Sitzung starten: %s</translation>
    </message>
    <message>
        <source>CalmDesk will start when you log in. Settings can turn this off.</source>
        <translation>CalmDesk startet, wenn Sie sich anmelden. In den Einstellungen lässt sich das abschalten.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Language of the windows and menus</source>
        <translation>Sprache der Fenster und Menüs</translation>
    </message>
    <message>
        <source>Language of the phrases and checklist</source>
        <translation>Sprache der Phrasen und der Checkliste</translation>
    </message>
    <message>
        <source>A complaint in another language offers that language&apos;s phrases whatever is chosen here</source>
        <translation>Eine Beschwerde in einer anderen Sprache bietet deren Phrasen an, egal was hier gewählt ist</translation>
    </message>
    <message>
        <source>The windows change language when CalmDesk starts again.</source>
        <translation>Die Fenster wechseln die Sprache, wenn CalmDesk neu startet.</translation>
    </message>
    <message>
        <source>Windows and menus:</source>
        <translation>Fenster und Menüs:</translation>
    </message>
    <message>
        <source>Phrases and &amp;checklist:</source>
        <translation>P&amp;hrasen und Checkliste:</translation>
    </message>
    <message>
        <source>As the system (%s)</source>
        <translation>Wie das System (%s)</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Einige Phrasenpakete konnten nicht geladen werden; die anderen funktionieren wie gewohnt</translation>
    </message>
    <message>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Ein Phrasenpaket hat ein Problem; die anderen funktionieren wie gewohnt</translation>
    </message>
</context>
<context>
    <name>MessageControl</name>
    <message>
        <source>No customer message read: copy or select it, then open the search.</source>
        <translation>Keine Kundennachricht gelesen: kopieren oder markieren Sie sie, dann öffnen Sie die Suche.</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Die Nachricht des Kunden</translation>
    </message>
    <message>
        <source>Message: %s</source>
        <translation>Nachricht: %s</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The hotkey %s is not available</source>
        <translation>Das Tastenkürzel %s ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Wählen Sie in den Einstellungen eine andere Taste, oder legen Sie „calmdesk show“ in Ihrer Arbeitsumgebung auf eine Taste.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Etwas ist schiefgegangen: %s</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>CalmDesk läuft weiter. Details stehen in %s.</translation>
    </message>
    <message>
        <source>The hotkey %s is not available: %s</source>
        <translation>Das Tastenkürzel %s ist nicht verfügbar: %s</translation>
    </message>
    <message>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>CalmDesk kann auf dieser Arbeitsumgebung keine globale Taste abfangen.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher zeigt CalmDesk kein Symbol.</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… und %d weitere</translation>
    </message>
    <message>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Alles andere funktioniert. „Details anzeigen“ enthält die ganze Liste.</translation>
    </message>
    <message>
        <source>CalmDesk started with some problems</source>
        <translation>CalmDesk wurde mit einigen Problemen gestartet</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>CalmDesk läuft</translation>
    </message>
    <message>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>CalmDesk läuft weiter: Drücken Sie %s oder führen Sie „calmdesk show“ aus, um die Phrasensuche zu öffnen.</translation>
    </message>
    <message>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Um die Phrasensuche zu öffnen, legen Sie den Befehl „calmdesk show“ in den Tastatureinstellungen Ihrer Arbeitsumgebung auf eine Taste (docs/hotkeys.md zeigt, wie)</translation>
    </message>
    <message>
        <source>, or pick another key in Settings</source>
        <translation>, oder wählen Sie in den Einstellungen eine andere Taste</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. %s.</source>
        <translation>CalmDesk läuft weiter. %s.</translation>
    </message>
    <message>
        <source>%s; the tray icon works as well.</source>
        <translation>%s; das Symbol im Infobereich funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Anbieten</translation>
    </message>
</context>
<context>
    <name>OriginLabel</name>
    <message>
        <source>Where this phrase comes from</source>
        <translation>Woher diese Phrase stammt</translation>
    </message>
    <message>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Eine neue eigene Phrase (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Wählen Sie links eine Phrase, oder drücken Sie Ctrl+N für eine neue.</translation>
    </message>
    <message>
        <source>read-only: Customise makes your own copy</source>
        <translation>schreibgeschützt: Anpassen legt Ihre eigene Kopie an</translation>
    </message>
    <message>
        <source>hidden from the picker</source>
        <translation>in der Suche ausgeblendet</translation>
    </message>
</context>
<context>
    <name>OriginShort</name>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Team: %s</source>
        <translation>Team: %s</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Ihre (angepasst)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
</context>
<context>
    <name>OriginText</name>
    <message>
        <source>Built-in: %s</source>
        <translation>Mitgeliefert: %s</translation>
    </message>
    <message>
        <source>Team pack: %s</source>
        <translation>Teampaket: %s</translation>
    </message>
    <message>
        <source>Yours, customised from %s</source>
        <translation>Ihre, angepasst aus %s</translation>
    </message>
    <message>
        <source>, from %s</source>
        <translation>, aus %s</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
</context>
<context>
    <name>PhraseBrowser</name>
    <message>
        <source>Search phrases (Ctrl+F)</source>
        <translation>Phrasen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Phrasen suchen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Pack filter</source>
        <translation>Paketfilter</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Ihre (angepasst)</translation>
    </message>
    <message>
        <source>Phrases listed</source>
        <translation>Angezeigte Phrasen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>Your phrases</source>
        <translation>Ihre Phrasen</translation>
    </message>
    <message>
        <source>%d phrases</source>
        <translation>%d Phrasen</translation>
    </message>
    <message>
        <source>%d of %d phrases</source>
        <translation>%d von %d Phrasen</translation>
    </message>
</context>
<context>
    <name>PhraseExport</name>
    <message>
        <source>Export your phrases</source>
        <translation>Ihre Phrasen exportieren</translation>
    </message>
    <message>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>CalmDesk-Paket (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>Nicht exportiert: %s</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A few words agents will recognise</source>
        <translation>Ein paar Wörter, die Agenten wiedererkennen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Suchwörter, durch Kommas getrennt: Rückerstattung, Geld zurück</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Schritt der Checkliste</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Text der Phrase</translation>
    </message>
    <message>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Hallo {{customer_name}}, … (Lücken in doppelten geschweiften Klammern; {{days: 1-2 | 3-5}} bietet eine Auswahl)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Vorschau mit Beispielwerten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Checklist &amp;step:</source>
        <translation>Checklisten-&amp;Schritt:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Preview (sample values):</source>
        <translation>Vorschau (Beispielwerte):</translation>
    </message>
    <message>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <source>The preview shows here as you type.</source>
        <translation>Die Vorschau erscheint hier, während Sie tippen.</translation>
    </message>
</context>
<context>
    <name>PhraseSearch</name>
    <message>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Phrasen suchen: Entschuldigung, warten, Rückerstattung…</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Phrasen suchen</translation>
    </message>
    <message>
        <source>Matching phrases</source>
        <translation>Passende Phrasen</translation>
    </message>
    <message>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Nichts zu suchen in „%s“: alle Phrasen werden gezeigt.</translation>
    </message>
    <message>
        <source>Could not save the favourite: %s</source>
        <translation>Favorit konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>Could not save the mark: %s</source>
        <translation>Markierung konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Notiert: „%s“ hat bei „%s“ geholfen.</translation>
    </message>
    <message>
        <source>Noted: “%s” worked.</source>
        <translation>Notiert: „%s“ hat geholfen.</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (ausgeblendet)</translation>
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
        <translation>CalmDesk-Phrasensuche</translation>
    </message>
    <message>
        <source>Current complaint</source>
        <translation>Aktuelle Beschwerde</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>Konnte nicht kopieren: %s</translation>
    </message>
    <message>
        <source>Copied, not pasted: %s</source>
        <translation>Kopiert, nicht eingefügt: %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Kopiert: %s</translation>
    </message>
    <message>
        <source>Draft copied.</source>
        <translation>Entwurf kopiert.</translation>
    </message>
    <message>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Ctrl+J follow-ups · Ctrl+I statistics · Ctrl+, settings · F1 about · Esc close</source>
        <translation>Enter kopieren · Ctrl+Enter kopieren, offen lassen · Alt+1-9 wählen · Ctrl+D Favorit · Ctrl+←/→ Kategorie · Ctrl+N neue Beschwerde · Ctrl+K Checkliste · Ctrl+T Ton prüfen · Ctrl+E bearbeiten · Ctrl+J Nachfassen · Ctrl+I Statistik · Ctrl+, Einstellungen · F1 Über · Esc schließen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N complaint from the message</source>
        <translation>Ctrl+Shift+N Beschwerde aus der Nachricht</translation>
    </message>
    <message>
        <source>Alt+1-9 fix · Ctrl+Z undo · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 korrigieren · Ctrl+Z rückgängig · Alt+↑/↓ Hinweis · Ctrl+Enter Entwurf kopieren · Ctrl+T Phrasen · Esc schließen</translation>
    </message>
    <message>
        <source>Already sent to this customer at %s.</source>
        <translation>Schon um %s an diesen Kunden geschickt.</translation>
    </message>
    <message>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Fast dieselben Worte gingen um %s an diesen Kunden.</translation>
    </message>
    <message>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R: stattdessen „%s“.</translation>
    </message>
    <message>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Keine Phrase in „%s“ passt zu „%s“.</translation>
    </message>
    <message>
        <source>No phrase in “%s”.</source>
        <translation>Keine Phrase in „%s“.</translation>
    </message>
    <message>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Drücken Sie Ctrl+0, um in allen Kategorien zu suchen.</translation>
    </message>
    <message>
        <source>No phrases loaded.</source>
        <translation>Keine Phrasen geladen.</translation>
    </message>
    <message>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Nichts in der Bibliothek hat mit „%s“ zu tun.

Stöbern Sie oben in einer Kategorie (Ctrl+←/→), oder versuchen Sie andere Wörter: Entschuldigung, warten, Rückerstattung, Teamleitung…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>ReadingAnger</name>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Annoyed</source>
        <translation>Verärgert</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <source>Furious</source>
        <translation>Außer sich</translation>
    </message>
</context>
<context>
    <name>ReadingAsk</name>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Vorgesetzte</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>Entschädigung</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Stand der Dinge</translation>
    </message>
    <message>
        <source>apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>delete data</source>
        <translation>Daten löschen</translation>
    </message>
</context>
<context>
    <name>ReadingLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Die Nachricht des Kunden</translation>
    </message>
    <message>
        <source>Message: </source>
        <translation>Nachricht: </translation>
    </message>
    <message>
        <source>Not read: the clipboard looks like a password or card number.</source>
        <translation>Nicht gelesen: die Zwischenablage sieht wie ein Passwort oder eine Kartennummer aus.</translation>
    </message>
    <message>
        <source>asks: %s</source>
        <translation>will: %s</translation>
    </message>
    <message>
        <source>threatens: %s</source>
        <translation>droht: %s</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>schreibt erneut</translation>
    </message>
    <message>
        <source>needs it %s</source>
        <translation>Frist: %s</translation>
    </message>
    <message>
        <source>has a deadline</source>
        <translation>hat eine Frist</translation>
    </message>
    <message>
        <source>order %s</source>
        <translation>Bestellung %s</translation>
    </message>
</context>
<context>
    <name>ReadingThreat</name>
    <message>
        <source>legal action</source>
        <translation>rechtliche Schritte</translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>Kündigung</translation>
    </message>
</context>
<context>
    <name>ReadingTopic</name>
    <message>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>falscher Artikel</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
</context>
<context>
    <name>ReminderControl</name>
    <message>
        <source>%s has waited longer than the reply target.</source>
        <translation>%s wartet schon länger als das Antwortziel.</translation>
    </message>
    <message>
        <source>%s has waited %d min past the reply target.</source>
        <translation>%s wartet %d Min. über das Antwortziel hinaus.</translation>
    </message>
    <message>
        <source>CalmDesk: reply target missed</source>
        <translation>CalmDesk: Antwortziel verfehlt</translation>
    </message>
    <message>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk: %s</translation>
    </message>
    <message>
        <source>follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <source>time to check in</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message>
        <source>a promise is due</source>
        <translation>eine Zusage ist fällig</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Eine Erinnerung ist fällig.</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>ReplyClockLabel</name>
    <message>
        <source>Reply clock</source>
        <translation>Antwortuhr</translation>
    </message>
    <message>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Die Schritte dienen als Leitfaden; beginnen Sie eine Beschwerde, um sie abzuhaken.</translation>
    </message>
    <message>
        <source>Open for %s</source>
        <translation>Offen seit %s</translation>
    </message>
    <message>
        <source>you asked, their turn %s · Ctrl+R when they reply</source>
        <translation>Sie haben gefragt, der Kunde ist dran %s · Ctrl+R, wenn er antwortet</translation>
    </message>
    <message>
        <source>waiting %s of %s</source>
        <translation>wartet %s von %s</translation>
    </message>
    <message>
        <source>reply soon</source>
        <translation>bald antworten</translation>
    </message>
    <message>
        <source>reply now</source>
        <translation>jetzt antworten</translation>
    </message>
    <message>
        <source>waiting %s</source>
        <translation>wartet %s</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source> (partial match)</source>
        <translation> (teilweise Treffer)</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (auf %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>Der Name, mit dem Sie Antworten unterschreiben, z. B. Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Ihre Firma oder Ihr Team, z. B. Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Wird in öffentlichen Antworten angeboten, z. B. hilfe@acme.example</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>&amp;Paste into the previous window after copying</source>
        <translation>&amp;Nach dem Kopieren ins vorige Fenster einfügen</translation>
    </message>
    <message>
        <source>C&amp;lose the search after copying</source>
        <translation>Suche nach dem Kopieren sch&amp;ließen</translation>
    </message>
    <message>
        <source>Show the full te&amp;xt of the selected phrase</source>
        <translation>Den ganzen Te&amp;xt der gewählten Phrase zeigen</translation>
    </message>
    <message>
        <source>Start CalmDesk &amp;when you log in</source>
        <translation>CalmDesk bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Not supported on this system yet</source>
        <translation>Auf diesem System noch nicht unterstützt</translation>
    </message>
    <message>
        <source>The autostart entry %s</source>
        <translation>Der Autostart-Eintrag %s</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation>Support-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>&amp;Team packs:</source>
        <translation>Team&amp;pakete:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>T&amp;imes and complaints</source>
        <translation>Zeiten und &amp;Beschwerden</translation>
    </message>
    <message>
        <source>“%s” does not look like an email address, e.g. help@acme.example.</source>
        <translation>„%s“ sieht nicht wie eine E-Mail-Adresse aus, z. B. help@acme.example.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %s</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: %s</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Ad&amp;just in the desktop&apos;s settings…</source>
        <translation>In den Desktop-Ein&amp;stellungen ändern…</translation>
    </message>
    <message>
        <source>This desktop keeps the key: change it there.</source>
        <translation>Dieser Desktop verwaltet die Taste: Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Klicken Sie und drücken Sie dann die Tastenkombination, die die Suche öffnet</translation>
    </message>
    <message>
        <source>Reset hotkey to the default</source>
        <translation>Tastenkürzel auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Gi&amp;ve my clipboard back after pasting</source>
        <translation>Nach dem Einfügen die Zwischenablage zu&amp;rückgeben</translation>
    </message>
    <message>
        <source>What you had copied before returns once the phrase is pasted.</source>
        <translation>Was Sie vorher kopiert hatten, kommt zurück, sobald die Phrase eingefügt ist.</translation>
    </message>
    <message>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Ein Ordner pro Zeile, z. B. eine Freigabe Ihrer Teamleitung</translation>
    </message>
    <message>
        <source>Team pack folders</source>
        <translation>Ordner mit Teampaketen</translation>
    </message>
    <message>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Phrasenpakete in diesen Ordnern werden mitgeladen und bei Änderungen neu geladen</translation>
    </message>
    <message>
        <source>Add a team pack folder</source>
        <translation>Einen Ordner mit Teampaketen hinzufügen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>This hotkey cannot be used: %s</source>
        <translation>Dieses Tastenkürzel kann nicht verwendet werden: %s</translation>
    </message>
    <message>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>Zum Öffnen der Suche braucht es ein Tastenkürzel: Das Feld steht wieder auf %s. Drücken Sie OK, um es zu behalten, oder wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>Could not save the settings: %s</source>
        <translation>Einstellungen konnten nicht gespeichert werden: %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Complaints per day (last 14 days)</source>
        <translation>Beschwerden pro Tag (letzte 14 Tage)</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>Phrases you use most</source>
        <translation>Ihre meistgenutzten Phrasen</translation>
    </message>
    <message>
        <source>Steps most often skipped</source>
        <translation>Am häufigsten übersprungene Schritte</translation>
    </message>
    <message>
        <source>Your statistics</source>
        <translation>Ihre Statistik</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Phrases used least and never</source>
        <translation>Am wenigsten und nie genutzte Phrasen</translation>
    </message>
    <message>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Nur auf diesem Computer: Diese Zahlen werden nirgendwohin gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) (%d closed)</source>
        <translation>
            <numerusform>%n Beschwerde (%d geschlossen)</numerusform>
            <numerusform>%n Beschwerden (%d geschlossen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s Min.</translation>
    </message>
    <message numerus="yes">
        <source>Never used: %d of %n phrase(s).</source>
        <translation>
            <numerusform>Nie genutzt: %d von %n Phrase.</numerusform>
            <numerusform>Nie genutzt: %d von %n Phrasen.</numerusform>
        </translation>
    </message>
    <message>
        <source>median time to close: %s</source>
        <translation>mittlere Zeit bis zum Abschluss: %s</translation>
    </message>
    <message>
        <source>none closed yet</source>
        <translation>noch keine geschlossen</translation>
    </message>
    <message>
        <source>reply targets: %d met, %d missed</source>
        <translation>Antwortziele: %d erreicht, %d verfehlt</translation>
    </message>
    <message>
        <source>No complaints yet.</source>
        <translation>Noch keine Beschwerden.</translation>
    </message>
    <message>
        <source>No phrase copied yet.</source>
        <translation>Noch keine Phrase kopiert.</translation>
    </message>
    <message>
        <source>No closed complaint yet.</source>
        <translation>Noch keine geschlossene Beschwerde.</translation>
    </message>
    <message>
        <source>Used least: %s.</source>
        <translation>Am wenigsten genutzt: %s.</translation>
    </message>
    <message>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Als hilfreich markiert (Ctrl+G in der Suche): %s.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StepDetail</name>
    <message>
        <source>What to do in this step</source>
        <translation>Was in diesem Schritt zu tun ist</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Say instead</source>
        <translation>Sagen Sie stattdessen</translation>
    </message>
    <message>
        <source>Their message threatens %s</source>
        <translation>Die Nachricht droht mit: %s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>%s (skipped)</source>
        <translation>%s (übersprungen)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Favoriten und zuletzt genutzte Phrasen sind vorerst aus</translation>
    </message>
    <message>
        <source>About your CalmDesk data</source>
        <translation>Über Ihre CalmDesk-Daten</translation>
    </message>
    <message>
        <source>Your own phrases could not be loaded</source>
        <translation>Ihre eigenen Phrasen konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <source>Promised times</source>
        <translation>Zugesagte Zeiten</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Arbeitstag beginnt</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Arbeitstag endet</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d Min.</translation>
    </message>
    <message>
        <source>Round promised times up to</source>
        <translation>Zugesagte Zeiten aufrunden auf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>Arbeits&amp;zeit:</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>Arbeits&amp;tage:</translation>
    </message>
    <message>
        <source>Rou&amp;nd promised times up to:</source>
        <translation>Zugesagte Zeiten a&amp;ufrunden auf:</translation>
    </message>
    <message>
        <source>“%s” is not a time; write it like 16:30 or 1630.</source>
        <translation>„%s“ ist keine Uhrzeit; schreiben Sie sie wie 16:30 oder 1630.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Der Arbeitstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Complaint checklist</source>
        <translation>Beschwerde-Checkliste</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>Neue Beschwerde…</translation>
    </message>
    <message>
        <source>Customer replied (restart the reply clock)</source>
        <translation>Kunde hat geantwortet (Antwortuhr neu starten)</translation>
    </message>
    <message>
        <source>Follow-ups and history…</source>
        <translation>Nachfassen und Verlauf…</translation>
    </message>
    <message>
        <source>Edit phrases…</source>
        <translation>Phrasen bearbeiten…</translation>
    </message>
    <message>
        <source>Your statistics…</source>
        <translation>Ihre Statistik…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>About CalmDesk</source>
        <translation>Über CalmDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open phrase search</source>
        <translation>Phrasensuche öffnen</translation>
    </message>
    <message>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk: ruhige Antworten für schwierige Chats</translation>
    </message>
    <message>
        <source>Press %s to search phrases</source>
        <translation>Drücken Sie %s, um Phrasen zu suchen</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <source>One minute for you</source>
        <translation>Eine Minute für Sie</translation>
    </message>
    <message>
        <source>Unwind</source>
        <translation>Abschalten</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Atemrhythmus</translation>
    </message>
    <message>
        <source>Done. Well handled.</source>
        <translation>Geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>Einatmen…</translation>
    </message>
    <message>
        <source>…and out, slowly</source>
        <translation>…und langsam ausatmen</translation>
    </message>
    <message>
        <source>%d s left</source>
        <translation>Noch %d s</translation>
    </message>
</context>
<context>
    <name>VersionPanel</name>
    <message>
        <source>Pick a language to edit its version</source>
        <translation>Wählen Sie eine Sprache, um ihre Fassung zu bearbeiten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Sprachfassungen</translation>
    </message>
    <message>
        <source>Language of the text below</source>
        <translation>Sprache des Textes darunter</translation>
    </message>
    <message>
        <source>↩ no version: agents get the English one</source>
        <translation>↩ keine Fassung: Agenten erhalten die englische</translation>
    </message>
    <message>
        <source>Editing the %s version.</source>
        <translation>Sie bearbeiten die Fassung auf %s.</translation>
    </message>
    <message>
        <source>↩ No %1 version yet: agents get the %2 one, shown below. Write over it and save to add the %1 version.</source>
        <translation>↩ Noch keine Fassung auf %1: Agenten erhalten die Fassung auf %2, unten gezeigt. Überschreiben Sie sie und speichern Sie, um die Fassung auf %1 hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Drücken Sie %s neben Ihrem Chat, um eine Phrase zu finden.</translation>
    </message>
    <message>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>Im Menü des Symbols in der Taskleiste finden Sie die Beschwerde-Checkliste, Ihre Phrasen und die Einstellungen.</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Mit meiner Sitzung starten</translation>
    </message>
    <message>
        <source>To have it ready at every login, tick “Start CalmDesk when you log in” in the settings (or run: calmdesk autostart on).</source>
        <translation>Damit es bei jeder Anmeldung bereitsteht, aktivieren Sie „CalmDesk bei der Anmeldung starten“ in den Einstellungen (oder führen Sie aus: calmdesk autostart on).</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session</source>
        <translation>CalmDesk kann nicht mit Ihrer Sitzung starten</translation>
    </message>
    <message>
        <source>CalmDesk will start with your session</source>
        <translation>CalmDesk startet mit Ihrer Sitzung</translation>
    </message>
    <message>
        <source>It will be ready at every login. The settings can turn this off.</source>
        <translation>Es ist bei jeder Anmeldung bereit. In den Einstellungen können Sie das abschalten.</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>CalmDesk läuft</translation>
    </message>
</context>
<context>
    <name>WhoseLabel</name>
    <message numerus="yes">
        <source>(%n more open: Ctrl+PgUp/PgDn)</source>
        <translation>
            <numerusform>(%n weitere offen: Ctrl+PgUp/PgDn)</numerusform>
            <numerusform>(%n weitere offen: Ctrl+PgUp/PgDn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling for: </source>
        <translation>Ausfüllen für: </translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <source>Add my name…</source>
        <translation>Meinen Namen eingeben…</translation>
    </message>
    <message numerus="yes">
        <source>%d in %n pack(s)</source>
        <translation>
            <numerusform>%d in %n Paket</numerusform>
            <numerusform>%d in %n Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrasen</translation>
    </message>
    <message>
        <source>The phrase editor is not available</source>
        <translation>Der Phraseneditor ist nicht verfügbar</translation>
    </message>
    <message>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>Die Datendatei von CalmDesk konnte nicht geöffnet werden, daher können Ihre Phrasen nicht gespeichert werden.</translation>
    </message>
</context>
</TS>
