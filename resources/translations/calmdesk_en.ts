<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckPane</name>
    <message numerus="yes">
        <source>Tone check: %n thing(s) to look at</source>
        <translation>
            <numerusform>Tone check: %n thing to look at</numerusform>
            <numerusform>Tone check: %n things to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message numerus="yes">
        <source>Imported %n phrase(s).</source>
        <translation>
            <numerusform>Imported %n phrase.</numerusform>
            <numerusform>Imported %n phrases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message numerus="yes">
        <source>Wrote %n complaint(s) to %s</source>
        <translation>
            <numerusform>Wrote %n complaint to %s</numerusform>
            <numerusform>Wrote %n complaints to %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) (%d closed)</source>
        <translation>
            <numerusform>%n complaint (%d closed)</numerusform>
            <numerusform>%n complaints (%d closed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used: %d of %n phrase(s).</source>
        <translation>
            <numerusform>Never used: %d of %n phrase.</numerusform>
            <numerusform>Never used: %d of %n phrases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoseLabel</name>
    <message numerus="yes">
        <source>(%n more open: Ctrl+PgUp/PgDn)</source>
        <translation>
            <numerusform>(%n more open: Ctrl+PgUp/PgDn)</numerusform>
            <numerusform>(%n more open: Ctrl+PgUp/PgDn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message numerus="yes">
        <source>%d in %n pack(s)</source>
        <translation>
            <numerusform>%d in %n pack</numerusform>
            <numerusform>%d in %n packs</numerusform>
        </translation>
    </message>
</context>
</TS>
