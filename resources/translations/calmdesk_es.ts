<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="53"/>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Pulse %s junto a su chat para buscar una frase.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="55"/>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>El menú del icono de la bandeja tiene la lista de pasos de la queja, sus frases y los ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="56"/>
        <source>CalmDesk is running</source>
        <translation>CalmDesk está en marcha</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>Export your phrases</source>
        <translation>Exportar sus frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>Pack de CalmDesk (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="344"/>
        <source>Not exported: %s</source>
        <translation>No exportado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="345"/>
        <source>Exported %d phrases to %s</source>
        <translation>Se exportaron %d frases a %s</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="25"/>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="32"/>
        <source>About CalmDesk</source>
        <translation>Acerca de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="28"/>
        <source>CalmDesk logo</source>
        <translation>Logotipo de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="48"/>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="49"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="50"/>
        <source>Your phrase packs</source>
        <translation>Sus packs de frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="58"/>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Respuestas tranquilas y listas para agentes de soporte ante un cliente molesto.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="59"/>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Funciona sin conexión: nada de lo que escribe sale de este ordenador.</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="117"/>
        <source>Some settings were not understood</source>
        <translation>Algunos ajustes no se entendieron</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="155"/>
        <source>Copied, not pasted</source>
        <translation>Copiado, no pegado</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="139"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="166"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="167"/>
        <source>Phrases of every category</source>
        <translation>Frases de todas las categorías</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="168"/>
        <source>Category: %s</source>
        <translation>Categoría: %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="68"/>
        <source>Tone check</source>
        <translation>Revisión del tono</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="69"/>
        <source>Tone check summary</source>
        <translation>Resumen de la revisión del tono</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="75"/>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Escriba o pegue aquí su respuesta: se subrayan las palabras que podrían empeorar las cosas.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="77"/>
        <source>Draft reply</source>
        <translation>Borrador de respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="79"/>
        <source>Tone findings</source>
        <translation>Observaciones de tono</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="83"/>
        <source>Fixes for the selected finding</source>
        <translation>Arreglos para la observación elegida</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="124"/>
        <source>Say instead: “%s”</source>
        <translation>Diga en su lugar: “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="126"/>
        <source>Leave out “%s”</source>
        <translation>Quite “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="133"/>
        <source>Use the phrase “%s”</source>
        <translation>Use la frase “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="198"/>
        <source>Tone check: write or paste your reply below</source>
        <translation>Revisión del tono: escriba o pegue su respuesta abajo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="201"/>
        <source>Tone check: reads calmly</source>
        <translation>Revisión del tono: se lee con calma</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="203"/>
        <source>Tone check: 1 thing to look at</source>
        <translation>Revisión del tono: 1 cosa que revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="204"/>
        <source>Tone check: %d things to look at</source>
        <translation>Revisión del tono: %d cosas que revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="209"/>
        <source>No %s</source>
        <translation>Sin %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="220"/>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Nada que cambiar: el borrador se lee con calma.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="223"/>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Reescriba esta parte con sus palabras (Alt+↑/↓ siguiente observación).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="103"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="117"/>
        <source>Close complaint…</source>
        <translation>Cerrar la queja…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="124"/>
        <source>Checklist</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="125"/>
        <source>Complaint checklist</source>
        <translation>Pasos de la queja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="126"/>
        <source>Open complaints</source>
        <translation>Quejas abiertas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="127"/>
        <source>New complaint</source>
        <translation>Nueva queja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="128"/>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Empezar una queja nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="129"/>
        <source>Reply clock</source>
        <translation>Reloj de respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="133"/>
        <source>Checklist steps</source>
        <translation>Pasos de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="135"/>
        <source>What to do in this step</source>
        <translation>Qué hacer en este paso</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="140"/>
        <source>Phrases for this step</source>
        <translation>Frases para este paso</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="142"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="146"/>
        <source>Close complaint</source>
        <translation>Cerrar la queja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="218"/>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Ninguna queja abierta: Ctrl+N empieza una</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="304"/>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Escribir aquí no hace nada: haga clic en la ventana del chat para escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="321"/>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Empiece primero una queja (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>Desmarcado %s · Ctrl+Z deshace</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>Marcado %s · Ctrl+Z deshace</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="333"/>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Ticked %s again</source>
        <translation>Marcado %s de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Unticked %s</source>
        <translation>Desmarcado %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="397"/>
        <source>Could not copy: %s</source>
        <translation>No se pudo copiar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="400"/>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="422"/>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Los pasos sirven de guía; empiece una queja para marcarlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="427"/>
        <source>Open for %s</source>
        <translation>Abierta hace %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="429"/>
        <source>waiting %s of %s</source>
        <translation>esperando %s de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply soon</source>
        <translation>responda pronto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply now</source>
        <translation>responda ya</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="435"/>
        <source>waiting %s</source>
        <translation>esperando %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="445"/>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ paso · Espacio marcar · Tab frases · Enter copiar · Esc ocultar</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="36"/>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="57"/>
        <source>Close complaint</source>
        <translation>Cerrar la queja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="38"/>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Cerrar la queja de %s. ¿Hacer seguimiento más tarde?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="42"/>
        <source>No follow-up</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="43"/>
        <source>In 4 hours</source>
        <translation>Dentro de 4 horas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="44"/>
        <source>Tomorrow, same time</source>
        <translation>Mañana a la misma hora</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="45"/>
        <source>In 2 days</source>
        <translation>Dentro de 2 días</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="46"/>
        <source>In a week</source>
        <translation>Dentro de una semana</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="50"/>
        <source>At…</source>
        <translation>A las…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="51"/>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="52"/>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>viernes 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="53"/>
        <source>Follow-up time</source>
        <translation>Hora del seguimiento</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="79"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>Complaints are off</source>
        <translation>Las quejas están desactivadas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>CalmDesk could not open its data file.</source>
        <translation>CalmDesk no pudo abrir su archivo de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="163"/>
        <source>Follow up with %s</source>
        <translation>Seguimiento con %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="172"/>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Levántese, suelte el aire despacio y deje ir esta conversación.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>That was a hard one. %s</source>
        <translation>Ha sido una difícil. %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>One minute</source>
        <translation>Un minuto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="181"/>
        <source>The next customer can wait one minute.</source>
        <translation>El siguiente cliente puede esperar un minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="220"/>
        <source>Promised %s: %s</source>
        <translation>Prometido %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="222"/>
        <source>You promised %s. Remind you then?</source>
        <translation>Prometió %s. ¿Se lo recuerdo entonces?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="223"/>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="232"/>
        <source>Remind me</source>
        <translation>Recordármelo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="228"/>
        <source>Check in with %s</source>
        <translation>Volver a escribir a %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="230"/>
        <source>Remind you to check in with %s at %s?</source>
        <translation>¿Le recuerdo volver a escribir a %s a las %s?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="251"/>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="252"/>
        <source>follow-up due</source>
        <translation>toca el seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="253"/>
        <source>time to check in</source>
        <translation>hora de volver a escribir</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="254"/>
        <source>a promise is due</source>
        <translation>vence una promesa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="255"/>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="256"/>
        <source>A reminder is due.</source>
        <translation>Vence un recordatorio.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="46"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="47"/>
        <source>New complaint</source>
        <translation>Nueva queja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="50"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="51"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="52"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="53"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="55"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="59"/>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>1 annoyed</source>
        <translation>1 molesto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>2 upset</source>
        <translation>2 disgustado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>3 angry</source>
        <translation>3 enfadado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>4 very angry</source>
        <translation>4 muy enfadado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="61"/>
        <source>5 furious</source>
        <translation>5 furioso</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="65"/>
        <source>(your language)</source>
        <translation>(su idioma)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>e.g. Ana Souza</source>
        <translation>p. ej. Ana Souza</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>Ticket or order</source>
        <translation>Ticket o pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>e.g. #10442</source>
        <translation>p. ej. #10442</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>e.g. late refund</source>
        <translation>p. ej. reembolso tardío</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="76"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="77"/>
        <source>How angry</source>
        <translation>Nivel de enfado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="78"/>
        <source>Customer&apos;s language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="79"/>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Todos los campos son opcionales. Enter empieza la queja.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="81"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="88"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="89"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="90"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="91"/>
        <source>T&amp;opic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="92"/>
        <source>&amp;Anger:</source>
        <translation>En&amp;fado:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="24"/>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="26"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="27"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="28"/>
        <source>Phone (on hold)</source>
        <translation>Teléfono (en espera)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="29"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
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
        <translation>Objetivo de respuesta, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="36"/>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>El reloj se pone ámbar poco antes de este plazo y rojo después</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="40"/>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Recordatorio para volver a escribir tras una frase de espera</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="41"/>
        <source>Copying a phrase ticks the checklist step it serves</source>
        <translation>Copiar una frase marca el paso de la lista al que sirve</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="44"/>
        <source>Offer a one-minute break after a hard complaint</source>
        <translation>Ofrecer un minuto de pausa tras una queja difícil</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="54"/>
        <source>Reply within:</source>
        <translation>Responder en:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="58"/>
        <source>Check in after:</source>
        <translation>Volver a escribir tras:</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_watch.py" line="123"/>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>Las quejas están desactivadas por ahora: CalmDesk no pudo abrir su archivo de datos.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="83"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="84"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="86"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="87"/>
        <source>&amp;Customize</source>
        <translation>&amp;Personalizar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="88"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="526"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="89"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="529"/>
        <source>☆ &amp;Favourite</source>
        <translation>☆ &amp;Favorita</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="90"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="91"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="94"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="102"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="95"/>
        <source>CalmDesk phrase editor</source>
        <translation>Editor de frases de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="96"/>
        <source>Search phrases (Ctrl+F)</source>
        <translation>Buscar frases (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="97"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="99"/>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="100"/>
        <source>Pack filter</source>
        <translation>Filtro de pack</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="119"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <source>Yours (customized)</source>
        <translation>Suyas (personalizadas)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="124"/>
        <source>Where this phrase comes from</source>
        <translation>De dónde viene esta frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="125"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="128"/>
        <source>New phrase (Ctrl+N)</source>
        <translation>Frase nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="129"/>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Copiar esta frase como una nueva suya (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="130"/>
        <source>Save now (Ctrl+S)</source>
        <translation>Guardar ahora (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="131"/>
        <source>Delete your phrase, or revert a customized one (Delete; Ctrl+Z undoes)</source>
        <translation>Borrar su frase, o volver al original de una personalizada (Supr; Ctrl+Z deshace)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="132"/>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Hacer su propia copia de esta frase; sustituye al original en todas partes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="133"/>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Ocultar esta frase del buscador, o volver a mostrarla</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="134"/>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marcar como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="135"/>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Añadir frases de Espanso, Beeftext, CSV o un pack de CalmDesk (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="136"/>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Guardar sus frases como pack de CalmDesk o archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="250"/>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Una frase nueva suya (aún sin guardar)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="260"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="275"/>
        <source>Not saved: %s</source>
        <translation>No guardado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="278"/>
        <source>Saved “%s”.</source>
        <translation>Guardada “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="286"/>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="288"/>
        <source>Duplicated as “%s”.</source>
        <translation>Duplicada como “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="298"/>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Su copia de “%s” sustituye ahora al original.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="313"/>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>“%s” ha vuelto al original. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="315"/>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>Borrada “%s”. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="325"/>
        <source>Brought back.</source>
        <translation>Recuperada.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="327"/>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Hidden from the picker.</source>
        <translation>Oculta en el buscador.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Shown in the picker again.</source>
        <translation>Se muestra de nuevo en el buscador.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>★ Added to favourites</source>
        <translation>★ Añadida a favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>Removed from favourites</source>
        <translation>Quitada de favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="358"/>
        <source>Imported %d phrases.</source>
        <translation>Se importaron %d frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="413"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="417"/>
        <source>All packs</source>
        <translation>Todos los packs</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="419"/>
        <source>Your phrases</source>
        <translation>Sus frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="450"/>
        <source>%d phrases</source>
        <translation>%d frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="462"/>
        <source>Built-in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="464"/>
        <source>Team: %s</source>
        <translation>Equipo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="470"/>
        <source>Built-in: %s</source>
        <translation>Incluida: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="472"/>
        <source>Team pack: %s</source>
        <translation>Pack del equipo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="474"/>
        <source>Yours, customized from %s</source>
        <translation>Suya, personalizada a partir de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>, from %s</source>
        <translation>, de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="499"/>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Elija una frase a la izquierda, o pulse Ctrl+N para una nueva.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="503"/>
        <source>read-only: Customize makes your own copy</source>
        <translation>solo lectura: Personalizar crea su propia copia</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="505"/>
        <source>hidden from the picker</source>
        <translation>oculta en el buscador</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Revert</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="526"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="529"/>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favorita</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="44"/>
        <source>Fill in the blanks</source>
        <translation>Rellenar los huecos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="49"/>
        <source>Fill-in hint</source>
        <translation>Pista para rellenar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="93"/>
        <source>default: %s</source>
        <translation>por defecto: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="95"/>
        <source>required</source>
        <translation>obligatorio</translation>
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
        <translation>Incluir esta parte de la frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="120"/>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="187"/>
        <source>Please fill in: %s</source>
        <translation>Rellene: %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="46"/>
        <source>Snooze 10 &amp;min</source>
        <translation>Posponer 10 &amp;min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="47"/>
        <source>Snooze 1 h&amp;our</source>
        <translation>Posponer 1 h&amp;ora</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="48"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="51"/>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="52"/>
        <source>Follow-ups and history</source>
        <translation>Seguimientos e historial</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="54"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="55"/>
        <source>Closed complaints</source>
        <translation>Quejas cerradas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="88"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="89"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="116"/>
        <source>Could not write %s: %s</source>
        <translation>No se pudo escribir %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="118"/>
        <source>Wrote %d complaints to %s</source>
        <translation>Se escribieron %d quejas en %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="123"/>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="97"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="98"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="99"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="100"/>
        <source>Anger</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="101"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="102"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="103"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="104"/>
        <source>Target met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="97"/>
        <source>&amp;File…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="98"/>
        <source>F&amp;older…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="100"/>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>&amp;Sustituir mis frases que tengan el mismo id</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="101"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="106"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="108"/>
        <source>Import phrases</source>
        <translation>Importar frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="110"/>
        <source>Espanso (match file or folder)</source>
        <translation>Espanso (archivo de match o carpeta)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="111"/>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (exportación JSON o CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="112"/>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander y otros)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="113"/>
        <source>CalmDesk pack (.toml)</source>
        <translation>Pack de CalmDesk (.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="116"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="117"/>
        <source>File or folder to import</source>
        <translation>Archivo o carpeta que importar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="118"/>
        <source>Path of the file or folder</source>
        <translation>Ruta del archivo o de la carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="122"/>
        <source>Category when the words do not suggest one</source>
        <translation>Categoría cuando las palabras no sugieren ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="124"/>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="126"/>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="126"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="127"/>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="130"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="149"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="150"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="151"/>
        <source>&amp;Category otherwise:</source>
        <translation>Ca&amp;tegoría si no:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="182"/>
        <source>Pick a file or folder first.</source>
        <translation>Elija primero un archivo o una carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="198"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="207"/>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Su archivo de datos de CalmDesk no está abierto, así que no se puede importar nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="215"/>
        <source>Nothing was imported: %s</source>
        <translation>No se importó nada: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="237"/>
        <source>Will add (%d)</source>
        <translation>Se añadirán (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="239"/>
        <source>Will customize (%d)</source>
        <translation>Se personalizarán (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="240"/>
        <source>replaces the built-in</source>
        <translation>sustituye a la incluida</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>Will replace (%d)</source>
        <translation>Se sustituirán (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>overwrites yours</source>
        <translation>sobrescribe la suya</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="243"/>
        <source>Skipped (%d)</source>
        <translation>Omitidas (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="244"/>
        <source>Notes (%d)</source>
        <translation>Notas (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="253"/>
        <source>… and %d more</source>
        <translation>… y %d más</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="256"/>
        <source>%d to import.</source>
        <translation>%d para importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="258"/>
        <source>Left out: %s.</source>
        <translation>Quedan fuera: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="259"/>
        <source>A backup of your data is made first.</source>
        <translation>Antes se hace una copia de seguridad de sus datos.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="266"/>
        <source>Cannot import: %s</source>
        <translation>No se puede importar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="278"/>
        <source>Import phrases from</source>
        <translation>Importar frases de</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="280"/>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Fragmentos (*.yml *.yaml *.json *.csv *.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="289"/>
        <source>Import an Espanso folder</source>
        <translation>Importar una carpeta de Espanso</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="81"/>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Algunos packs de frases no se pudieron cargar; los demás funcionan como siempre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="149"/>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Un pack de frases tiene un problema; los demás funcionan como siempre</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="70"/>
        <source>The hotkey %s is not available</source>
        <translation>El atajo %s no está disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="71"/>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Elija otra tecla en Ajustes, o asigne “calmdesk show” a una tecla de su escritorio.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="104"/>
        <source>Something went wrong: %s</source>
        <translation>Algo salió mal: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="105"/>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>CalmDesk sigue en marcha. Los detalles están en %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="116"/>
        <source>The hotkey %s is not available: %s</source>
        <translation>El atajo %s no está disponible: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="120"/>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>CalmDesk no puede escuchar una tecla global en este escritorio.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="122"/>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que CalmDesk no muestra icono.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="132"/>
        <source>… and %d more</source>
        <translation>… y %d más</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="135"/>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Todo lo demás funciona. “Mostrar detalles” tiene la lista completa.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk started with some problems</source>
        <translation>CalmDesk se inició con algunos problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk is running</source>
        <translation>CalmDesk está en marcha</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="151"/>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>CalmDesk sigue en marcha: pulse %s, o ejecute “calmdesk show”, para abrir la búsqueda de frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="156"/>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Para abrir la búsqueda de frases, asigne la orden “calmdesk show” a una tecla en los ajustes de teclado de su escritorio (docs/hotkeys.md explica cómo)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="160"/>
        <source>, or pick another key in Settings</source>
        <translation>, o elija otra tecla en Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="162"/>
        <source>CalmDesk keeps running. %s.</source>
        <translation>CalmDesk sigue en marcha. %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="163"/>
        <source>%s; the tray icon works as well.</source>
        <translation>%s; el icono de la bandeja también funciona.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="168"/>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="18"/>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="22"/>
        <source>Offer</source>
        <translation>Ofrecer</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="59"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="60"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="62"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="63"/>
        <source>A few words agents will recognise</source>
        <translation>Unas palabras que los agentes reconozcan</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="66"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="67"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="68"/>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Palabras de búsqueda, separadas por comas: reembolso, devolver el dinero</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="71"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="74"/>
        <source>Checklist step</source>
        <translation>Paso de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="75"/>
        <source>Phrase text</source>
        <translation>Texto de la frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="77"/>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Hola, {{customer_name}}, … (huecos entre llaves dobles; {{days: 1-2 | 3-5}} ofrece una elección)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="82"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="85"/>
        <source>Preview with sample values</source>
        <translation>Vista previa con valores de ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="107"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="108"/>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="109"/>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="110"/>
        <source>Checklist &amp;step:</source>
        <translation>&amp;Paso de la lista:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="114"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="117"/>
        <source>Preview (sample values):</source>
        <translation>Vista previa (valores de ejemplo):</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="213"/>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="220"/>
        <source>The preview shows here as you type.</source>
        <translation>La vista previa aparece aquí mientras escribe.</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="88"/>
        <source> (hidden)</source>
        <translation> (oculta)</translation>
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
        <translation>Buscador de frases de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="124"/>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Buscar frases: perdón, espera, reembolso…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="125"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="135"/>
        <source>Matching phrases</source>
        <translation>Frases que coinciden</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="138"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="180"/>
        <source>Current complaint</source>
        <translation>Queja actual</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="378"/>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="501"/>
        <source>Could not copy: %s</source>
        <translation>No se pudo copiar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="381"/>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="403"/>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Nada que buscar en “%s”: se muestran todas las frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="441"/>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Ninguna frase de “%s” coincide con “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="443"/>
        <source>No phrase in “%s”.</source>
        <translation>Ninguna frase en “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="444"/>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Pulse Ctrl+0 para buscar en todas las categorías.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="446"/>
        <source>No phrases loaded.</source>
        <translation>No hay frases cargadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="450"/>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Nada de la biblioteca tiene que ver con “%s”.

Explore una categoría de arriba (Ctrl+←/→), o pruebe otras palabras: perdón, espera, reembolso, responsable…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="463"/>
        <source>Could not save the favourite: %s</source>
        <translation>No se pudo guardar la favorita: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>★ Added to favourites</source>
        <translation>★ Añadida a favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>Removed from favourites</source>
        <translation>Quitada de favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="503"/>
        <source>Draft copied.</source>
        <translation>Borrador copiado.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="521"/>
        <source>Already sent to this customer at %s.</source>
        <translation>Ya enviada a este cliente a las %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="523"/>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Casi las mismas palabras se enviaron a este cliente a las %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="525"/>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R: “%s” en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="563"/>
        <source>Could not save the mark: %s</source>
        <translation>No se pudo guardar la marca: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="567"/>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Anotado: “%s” funcionó para “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="569"/>
        <source>Noted: “%s” worked.</source>
        <translation>Anotado: “%s” funcionó.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="577"/>
        <source>Alt+1-9 fix · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 arreglar · Alt+↑/↓ observación · Ctrl+Enter copiar borrador · Ctrl+T frases · Esc cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="582"/>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Esc close</source>
        <translation>Enter copiar · Ctrl+Enter copiar y seguir · Alt+1-9 elegir · Ctrl+D favorita · Ctrl+←/→ categoría · Ctrl+N nueva queja · Ctrl+K pasos · Ctrl+T revisar tono · Ctrl+E editar · Esc cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="596"/>
        <source>(%d more open: Ctrl+PgUp/PgDn)</source>
        <translation>(%d abiertas más: Ctrl+PgUp/PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="597"/>
        <source>Filling for: </source>
        <translation>Rellenando para: </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/preview.py" line="53"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="50"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="51"/>
        <source>Check in</source>
        <translation>Volver a escribir</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="52"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/result_delegate.py" line="100"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/results_model.py" line="130"/>
        <source> (partial match)</source>
        <translation> (coincidencia parcial)</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>El nombre con el que firma, p. ej. Sam</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="73"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="75"/>
        <source>Your company or team, e.g. Acme</source>
        <translation>Su empresa o equipo, p. ej. Acme</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="76"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="78"/>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Se ofrece en las respuestas públicas, p. ej. ayuda@acme.example</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Support e-mail</source>
        <translation>Correo de soporte</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>Hotkey</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="84"/>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Haga clic y pulse la combinación de teclas que abre la búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="86"/>
        <source>Reset hotkey to the default</source>
        <translation>Volver al atajo por defecto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="87"/>
        <source>Paste into the previous window after copying</source>
        <translation>Pegar en la ventana anterior tras copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>Close the search after copying</source>
        <translation>Cerrar la búsqueda tras copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Show the full text of the selected phrase</source>
        <translation>Mostrar el texto completo de la frase elegida</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="97"/>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Una carpeta por línea, p. ej. una carpeta compartida de su responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="98"/>
        <source>Team pack folders</source>
        <translation>Carpetas de packs del equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Los packs de frases de estas carpetas también se cargan, y se recargan cuando cambian</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="104"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="105"/>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="181"/>
        <source>Add a team pack folder</source>
        <translation>Añadir una carpeta de packs del equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="108"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="121"/>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="122"/>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="123"/>
        <source>Support e-mail:</source>
        <translation>Correo de soporte:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="124"/>
        <source>Hotkey:</source>
        <translation>Atajo:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="131"/>
        <source>Team packs:</source>
        <translation>Packs del equipo:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="137"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="138"/>
        <source>Times and complaints</source>
        <translation>Horarios y quejas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="155"/>
        <source>This hotkey cannot be used: %s</source>
        <translation>Este atajo no se puede usar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="191"/>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>Hace falta un atajo para abrir la búsqueda: el campo ha vuelto a %s. Pulse Aceptar para mantenerlo, o elija otra tecla.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="207"/>
        <source>“%s” does not look like an e-mail address, e.g. help@acme.example.</source>
        <translation>“%s” no parece una dirección de correo, p. ej. ayuda@acme.example.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="223"/>
        <source>Could not save the settings: %s</source>
        <translation>No se pudieron guardar los ajustes: %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="130"/>
        <source>Complaints per day (last 14 days)</source>
        <translation>Quejas por día (últimos 14 días)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="131"/>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="132"/>
        <source>Phrases you use most</source>
        <translation>Frases que más usa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="133"/>
        <source>Steps most often skipped</source>
        <translation>Pasos que más se saltan</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="137"/>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="138"/>
        <source>Your statistics</source>
        <translation>Sus estadísticas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="142"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="143"/>
        <source>Phrases used least and never</source>
        <translation>Frases que menos usa y que nunca usa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="144"/>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Solo en este ordenador: estas cifras nunca se envían a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="167"/>
        <source>%d complaints (%d closed)</source>
        <translation>%d quejas (%d cerradas)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="168"/>
        <source>median time to close: %s</source>
        <translation>tiempo mediano hasta el cierre: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>none closed yet</source>
        <translation>ninguna cerrada todavía</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>%g min</source>
        <translation>%g min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="170"/>
        <source>reply targets: %d met, %d missed</source>
        <translation>objetivos de respuesta: %d cumplidos, %d no cumplidos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="176"/>
        <source>No complaints yet.</source>
        <translation>Todavía no hay quejas.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="180"/>
        <source>No phrase copied yet.</source>
        <translation>Todavía no se ha copiado ninguna frase.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="184"/>
        <source>No closed complaint yet.</source>
        <translation>Todavía no hay quejas cerradas.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="190"/>
        <source>Never used: %d of %d phrases.</source>
        <translation>Nunca usadas: %d de %d frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="192"/>
        <source>Used least: %s.</source>
        <translation>Las que menos usa: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="194"/>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Marcadas como que funcionaron (Ctrl+G en el buscador): %s.</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="39"/>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Las favoritas y las frases recientes están desactivadas por ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="42"/>
        <source>About your CalmDesk data</source>
        <translation>Sobre sus datos de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="51"/>
        <source>Your own phrases could not be loaded</source>
        <translation>No se pudieron cargar sus propias frases</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="40"/>
        <source>Promised times</source>
        <translation>Horas prometidas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="43"/>
        <source>Working day starts</source>
        <translation>Empieza la jornada</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="44"/>
        <source>Working day ends</source>
        <translation>Termina la jornada</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="50"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="51"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="52"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="53"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="54"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="55"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="56"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="65"/>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="67"/>
        <source>Round promised times up to</source>
        <translation>Redondear las horas prometidas a</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="71"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="82"/>
        <source>Working hours:</source>
        <translation>Horario laboral:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="83"/>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="84"/>
        <source>Round up to:</source>
        <translation>Redondear a:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="90"/>
        <source>The working day must end after it starts.</source>
        <translation>La jornada tiene que terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="93"/>
        <source>Choose at least one working day.</source>
        <translation>Elija al menos un día laborable.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="45"/>
        <source>Complaint checklist</source>
        <translation>Pasos de la queja</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="46"/>
        <source>New complaint…</source>
        <translation>Nueva queja…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="47"/>
        <source>Follow-ups and history…</source>
        <translation>Seguimientos e historial…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="48"/>
        <source>Edit phrases…</source>
        <translation>Editar frases…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="49"/>
        <source>Your statistics…</source>
        <translation>Sus estadísticas…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="50"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="51"/>
        <source>About CalmDesk</source>
        <translation>Acerca de CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="105"/>
        <source>Open phrase search</source>
        <translation>Abrir la búsqueda de frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="106"/>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk: respuestas tranquilas para chats difíciles</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="24"/>
        <source>One minute for you</source>
        <translation>Un minuto para usted</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="25"/>
        <source>Unwind</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="33"/>
        <source>Breathing pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="61"/>
        <source>Done. Well handled.</source>
        <translation>Hecho. Bien llevado.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>Breathe in…</source>
        <translation>Inspire…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>…and out, slowly</source>
        <translation>…y suelte el aire, despacio</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="66"/>
        <source>%d s left</source>
        <translation>Quedan %d s</translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="81"/>
        <source>%d in %d packs</source>
        <translation>%d en %d packs</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="82"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="94"/>
        <source>The phrase editor is not available</source>
        <translation>El editor de frases no está disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="95"/>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>No se pudo abrir el archivo de datos de CalmDesk, así que sus frases no se pueden guardar.</translation>
    </message>
</context>
</TS>
