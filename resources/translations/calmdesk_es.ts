<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CalmDesk</source>
        <translation>Acerca de CalmDesk</translation>
    </message>
    <message>
        <source>CalmDesk logo</source>
        <translation>Logotipo de CalmDesk</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Your phrase packs</source>
        <translation>Sus packs de frases</translation>
    </message>
    <message>
        <source>Log (for support)</source>
        <translation>Registro (para soporte)</translation>
    </message>
    <message>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Respuestas tranquilas y listas para agentes de soporte ante un cliente molesto.</translation>
    </message>
    <message>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Funciona sin conexión: nada de lo que escribe sale de este ordenador.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %s</source>
        <translation>Borrar %s</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>Row headers of %s</source>
        <translation>Encabezados de fila de %s</translation>
    </message>
    <message>
        <source>Column headers of %s</source>
        <translation>Encabezados de columna de %s</translation>
    </message>
    <message>
        <source>Select all of %s</source>
        <translation>Seleccionar todo en %s</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <source>Copied, not pasted</source>
        <translation>Copiado, no pegado</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Phrases of every category</source>
        <translation>Frases de todas las categorías</translation>
    </message>
    <message>
        <source>Category: %s</source>
        <translation>Categoría: %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <source>Tone check</source>
        <translation>Revisión del tono</translation>
    </message>
    <message>
        <source>Tone check summary</source>
        <translation>Resumen de la revisión del tono</translation>
    </message>
    <message>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Escriba o pegue aquí su respuesta: se subrayan las palabras que podrían empeorar las cosas.</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Borrador de respuesta</translation>
    </message>
    <message>
        <source>Tone findings</source>
        <translation>Observaciones de tono</translation>
    </message>
    <message>
        <source>Fixes for the selected finding</source>
        <translation>Arreglos para la observación elegida</translation>
    </message>
    <message>
        <source>Say instead: “%s”</source>
        <translation>Diga en su lugar: “%s”</translation>
    </message>
    <message>
        <source>Leave out “%s”</source>
        <translation>Quite “%s”</translation>
    </message>
    <message>
        <source>Insert the phrase “%s”</source>
        <translation>Insertar la frase «%s»</translation>
    </message>
    <message>
        <source>Replace the draft with “%s”</source>
        <translation>Sustituir el borrador por «%s»</translation>
    </message>
    <message>
        <source>Only the start of the reply was checked: the tone rules took too long.</source>
        <translation>Solo se revisó el comienzo de la respuesta: las reglas de tono tardaban demasiado.</translation>
    </message>
    <message numerus="yes">
        <source>Tone check: %n thing(s) to look at</source>
        <translation>
            <numerusform>Revisión del tono: %n cosa que revisar</numerusform>
            <numerusform>Revisión del tono: %n cosas que revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z takes a fix back)</source>
        <translation>(Ctrl+Z deshace un arreglo)</translation>
    </message>
    <message>
        <source>Tone check: write or paste your reply below</source>
        <translation>Revisión del tono: escriba o pegue su respuesta abajo</translation>
    </message>
    <message>
        <source>Tone check: reads calmly</source>
        <translation>Revisión del tono: se lee con calma</translation>
    </message>
    <message>
        <source>No %s</source>
        <translation>Sin %s</translation>
    </message>
    <message>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Nada que cambiar: el borrador se lee con calma.</translation>
    </message>
    <message>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Reescriba esta parte con sus palabras (Alt+↑/↓ siguiente observación).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Close complaint…</source>
        <translation>Cerrar la queja…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Complaint checklist</source>
        <translation>Pasos de la queja</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Quejas abiertas</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Nueva queja</translation>
    </message>
    <message>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Empezar una queja nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Pasos de la lista</translation>
    </message>
    <message>
        <source>Phrases for this step</source>
        <translation>Frases para este paso</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>Cerrar la queja</translation>
    </message>
    <message>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Ninguna queja abierta: Ctrl+N empieza una</translation>
    </message>
    <message>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Escribir aquí no hace nada: haga clic en la ventana del chat para escribir.</translation>
    </message>
    <message>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Empiece primero una queja (Ctrl+N).</translation>
    </message>
    <message>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>Desmarcado %s · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>Marcado %s · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Ticked %s again</source>
        <translation>Marcado %s de nuevo</translation>
    </message>
    <message>
        <source>Unticked %s</source>
        <translation>Desmarcado %s</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>No se pudo copiar: %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ paso · Espacio marcar · Tab frases · Enter copiar · Esc ocultar</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close complaint</source>
        <translation>Cerrar la queja</translation>
    </message>
    <message>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Cerrar la queja de %s. ¿Hacer seguimiento más tarde?</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Dentro de 4 horas</translation>
    </message>
    <message>
        <source>Next working day, same time</source>
        <translation>Siguiente día laborable, a la misma hora</translation>
    </message>
    <message>
        <source>In 2 working days</source>
        <translation>Dentro de 2 días laborables</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dentro de una semana</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>A las…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>viernes 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Hora del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Complaints are off</source>
        <translation>Las quejas están desactivadas</translation>
    </message>
    <message>
        <source>CalmDesk could not open its data file.</source>
        <translation>CalmDesk no pudo abrir su archivo de datos.</translation>
    </message>
    <message>
        <source>Follow up with %s</source>
        <translation>Seguimiento con %s</translation>
    </message>
    <message>
        <source>No complaint is open</source>
        <translation>No hay ninguna queja abierta</translation>
    </message>
    <message>
        <source>Start one first (Ctrl+N in the picker).</source>
        <translation>Inicie una primero (Ctrl+N en el buscador).</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>New complaint</source>
        <translation>Nueva queja</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>1 annoyed</source>
        <translation>1 molesto</translation>
    </message>
    <message>
        <source>2 upset</source>
        <translation>2 disgustado</translation>
    </message>
    <message>
        <source>3 angry</source>
        <translation>3 enfadado</translation>
    </message>
    <message>
        <source>4 very angry</source>
        <translation>4 muy enfadado</translation>
    </message>
    <message>
        <source>5 furious</source>
        <translation>5 furioso</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Su idioma</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>e.g. Ana Souza</source>
        <translation>p. ej. Ana Souza</translation>
    </message>
    <message>
        <source>Address the customer as</source>
        <translation>Cómo tratar al cliente</translation>
    </message>
    <message>
        <source>their first name</source>
        <translation>su nombre de pila</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>Ticket o pedido</translation>
    </message>
    <message>
        <source>e.g. #10442</source>
        <translation>p. ej. #10442</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>e.g. late refund</source>
        <translation>p. ej. reembolso tardío</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Nivel de enfado</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Todos los campos son opcionales. Enter empieza la queja.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Add&amp;ress as:</source>
        <translation>T&amp;ratar como:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>How &amp;angry:</source>
        <translation>E&amp;nfado:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>ComplaintOffers</name>
    <message>
        <source>Promised %s: %s</source>
        <translation>Prometido %s: %s</translation>
    </message>
    <message>
        <source>You promised %s. Remind you then?</source>
        <translation>Prometió %s. ¿Se lo recuerdo entonces?</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordármelo</translation>
    </message>
    <message>
        <source>Check in with %s</source>
        <translation>Volver a escribir a %s</translation>
    </message>
    <message>
        <source>Remind you to check in with %s at %s?</source>
        <translation>¿Le recuerdo volver a escribir a %s a las %s?</translation>
    </message>
    <message>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Levántese, suelte el aire despacio y deje ir esta conversación.</translation>
    </message>
    <message>
        <source>That was a hard one. %s</source>
        <translation>Ha sido una difícil. %s</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Un minuto</translation>
    </message>
    <message>
        <source>The next customer can wait one minute.</source>
        <translation>El siguiente cliente puede esperar un minuto.</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone (on hold)</source>
        <translation>Teléfono (en espera)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reply target, %s</source>
        <translation>Objetivo de respuesta, %s</translation>
    </message>
    <message>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>El reloj se pone ámbar poco antes de este plazo y rojo después</translation>
    </message>
    <message>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Recordatorio para volver a escribir tras una frase de espera</translation>
    </message>
    <message>
        <source>Copying a phrase ticks the checklist &amp;step it serves</source>
        <translation>Copiar una frase marca el &amp;paso de la lista al que sirve</translation>
    </message>
    <message>
        <source>Offer a one-minute &amp;break after a hard complaint</source>
        <translation>Ofrecer un min&amp;uto de pausa tras una queja difícil</translation>
    </message>
    <message>
        <source>Read the cust&amp;omer&apos;s message on the clipboard</source>
        <translation>&amp;Leer el mensaje del cliente en el portapapeles</translation>
    </message>
    <message>
        <source>The search shows how the customer feels and what they ask, and offers the phrases that answer it. Passwords and card numbers are never read; nothing is kept.</source>
        <translation>La búsqueda muestra cómo se siente el cliente y qué pide, y ofrece las frases que lo responden. Nunca se leen contraseñas ni números de tarjeta; no se guarda nada.</translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation>&amp;Responder en:</translation>
    </message>
    <message>
        <source>Check in &amp;after:</source>
        <translation>Aviso &amp;tras:</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>Las quejas están desactivadas por ahora: CalmDesk no pudo abrir su archivo de datos.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint starts as soon as it is free.</source>
        <translation>Otro programa está usando el archivo de datos de CalmDesk: la queja empieza en cuanto quede libre.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint closes as soon as it is free.</source>
        <translation>Otro programa está usando el archivo de datos de CalmDesk: la queja se cierra en cuanto quede libre.</translation>
    </message>
</context>
<context>
    <name>DeskParts</name>
    <message>
        <source>Some settings were not understood</source>
        <translation>Algunos ajustes no se entendieron</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Customise</source>
        <translation>&amp;Personalizar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>☆ &amp;Favourite</source>
        <translation>☆ &amp;Favorita</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>New phrase (Ctrl+N)</source>
        <translation>Frase nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Copiar esta frase como una nueva suya (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save now (Ctrl+S)</source>
        <translation>Guardar ahora (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete your phrase, or revert a customised one (Delete; Ctrl+Z undoes)</source>
        <translation>Borrar su frase, o restaurar una personalizada (Delete; Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Hacer su propia copia de esta frase; sustituye al original en todas partes</translation>
    </message>
    <message>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Ocultar esta frase del buscador, o volver a mostrarla</translation>
    </message>
    <message>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marcar como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Añadir frases de Espanso, Beeftext, CSV o un pack de CalmDesk (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Guardar sus frases como pack de CalmDesk o archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favorita</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>CalmDesk phrase editor</source>
        <translation>Editor de frases de CalmDesk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>No guardado: %s</translation>
    </message>
    <message>
        <source>Saved “%s”.</source>
        <translation>Guardada “%s”.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>There is no %s version to delete.</source>
        <translation>No hay versión en %s que eliminar.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>Duplicated as “%s”.</source>
        <translation>Duplicada como “%s”.</translation>
    </message>
    <message>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Su copia de “%s” sustituye ahora al original.</translation>
    </message>
    <message>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>“%s” ha vuelto al original. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>Borrada “%s”. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Recuperada.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Hidden from the picker.</source>
        <translation>Oculta en el buscador.</translation>
    </message>
    <message>
        <source>Shown in the picker again.</source>
        <translation>Se muestra de nuevo en el buscador.</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Añadida a favoritas</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Quitada de favoritas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n phrase(s).</source>
        <translation>
            <numerusform>Se importó %n frase.</numerusform>
            <numerusform>Se importaron %n frases.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <source>New phrase not saved</source>
        <translation>Frase nueva sin guardar</translation>
    </message>
    <message>
        <source>Save the new phrase “%s”?</source>
        <translation>¿Guardar la frase nueva «%s»?</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <source>Fill in the blanks</source>
        <translation>Rellenar los huecos</translation>
    </message>
    <message>
        <source>Fill-in hint</source>
        <translation>Pista para rellenar</translation>
    </message>
    <message>
        <source>default: %s</source>
        <translation>por defecto: %s</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s:</translation>
    </message>
    <message>
        <source>Include this part of the phrase</source>
        <translation>Incluir esta parte de la frase</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Please fill in: %s</source>
        <translation>Rellene: %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Snooze 10 &amp;min</source>
        <translation>Posponer 10 &amp;min</translation>
    </message>
    <message>
        <source>Snooze 1 h&amp;our</source>
        <translation>Posponer 1 h&amp;ora</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Follow-ups and history</source>
        <translation>Seguimientos e historial</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Closed complaints</source>
        <translation>Quejas cerradas</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>No se pudo escribir %s</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>No se pudo escribir %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n complaint(s) to %s</source>
        <translation>
            <numerusform>Se escribió %n queja en %s</numerusform>
            <numerusform>Se escribieron %n quejas en %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Nivel de enfado</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Language of the phrases</source>
        <translation>Idioma de las frases</translation>
    </message>
    <message>
        <source>A CSV file&apos;s lang column says it row by row; a pack says its own</source>
        <translation>La columna lang de un archivo CSV lo indica fila por fila; un paquete indica el suyo</translation>
    </message>
    <message>
        <source>La&amp;nguage of the phrases:</source>
        <translation>Idio&amp;ma de las frases:</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>&amp;Sustituir mis frases que tengan el mismo id</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import phrases</source>
        <translation>Importar frases</translation>
    </message>
    <message>
        <source>Espanso (match file or folder)</source>
        <translation>Espanso (archivo de match o carpeta)</translation>
    </message>
    <message>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (exportación JSON o CSV)</translation>
    </message>
    <message>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander y otros)</translation>
    </message>
    <message>
        <source>CalmDesk pack (.toml)</source>
        <translation>Pack de CalmDesk (.toml)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Archivo o carpeta que importar</translation>
    </message>
    <message>
        <source>Path of the file or folder</source>
        <translation>Ruta del archivo o de la carpeta</translation>
    </message>
    <message>
        <source>Category when the words do not suggest one</source>
        <translation>Categoría cuando las palabras no sugieren ninguna</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Pick a file or folder first.</source>
        <translation>Elija primero un archivo o una carpeta.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Su archivo de datos de CalmDesk no está abierto, así que no se puede importar nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>No se importó nada: %s</translation>
    </message>
    <message>
        <source>Import a folder: Espanso, or CalmDesk packs</source>
        <translation>Importar una carpeta: Espanso o paquetes de CalmDesk</translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Cate&amp;gory otherwise:</source>
        <translation>Cate&amp;goría si no:</translation>
    </message>
    <message>
        <source>%d to import.</source>
        <translation>%d para importar.</translation>
    </message>
    <message>
        <source>A backup of your data is made first.</source>
        <translation>Antes se hace una copia de seguridad de sus datos.</translation>
    </message>
    <message>
        <source>Cannot import: %s</source>
        <translation>No se puede importar: %s</translation>
    </message>
    <message>
        <source>Import phrases from</source>
        <translation>Importar frases de</translation>
    </message>
    <message>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Fragmentos (*.yml *.yaml *.json *.csv *.toml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Text begins</source>
        <translation>Comienzo del texto</translation>
    </message>
    <message>
        <source>From / why</source>
        <translation>Origen / motivo</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Import preview columns</source>
        <translation>Columnas de la vista previa</translation>
    </message>
    <message>
        <source>replaces the built-in</source>
        <translation>sustituye a la incluida</translation>
    </message>
    <message>
        <source>overwrites yours</source>
        <translation>sobrescribe la suya</translation>
    </message>
    <message>
        <source>Notes (%d)</source>
        <translation>Notas (%d)</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Many replies end with your name and your company. What should they say? (Settings can change it later.)</source>
        <translation>Muchas respuestas terminan con su nombre y el de su empresa. ¿Qué deben decir? (Puede cambiarlo luego en Ajustes).</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>El nombre con el que firma, p. ej. Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Su empresa o equipo, p. ej. Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Later: ask in Settings</source>
        <translation>Más tarde: se pregunta en Ajustes</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>No se pudo guardar: %s</translation>
    </message>
    <message>
        <source>Start CalmDesk when I log &amp;in</source>
        <translation>Abrir CalmDesk al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>The hotkey is then ready at every login, no window shown. Settings can turn it off.</source>
        <translation>El atajo estará listo en cada inicio de sesión, sin mostrar ninguna ventana. Puede desactivarlo en Ajustes.</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session: %s</source>
        <translation>CalmDesk no puede iniciarse con su sesión: %s</translation>
    </message>
    <message>
        <source>CalmDesk will start when you log in. Settings can turn this off.</source>
        <translation>CalmDesk se abrirá al iniciar sesión. Puede desactivarlo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language of the windows and menus</source>
        <translation>Idioma de las ventanas y los menús</translation>
    </message>
    <message>
        <source>Language of the phrases and checklist</source>
        <translation>Idioma de las frases y la lista de pasos</translation>
    </message>
    <message>
        <source>A complaint in another language offers that language&apos;s phrases whatever is chosen here</source>
        <translation>Una queja en otro idioma ofrece las frases de ese idioma, se elija lo que se elija aquí</translation>
    </message>
    <message>
        <source>The windows change language when CalmDesk starts again.</source>
        <translation>Las ventanas cambian de idioma cuando CalmDesk se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Windows and menus:</source>
        <translation>Ventanas y menús:</translation>
    </message>
    <message>
        <source>Phrases and &amp;checklist:</source>
        <translation>&amp;Frases y lista de pasos:</translation>
    </message>
    <message>
        <source>As the system (%s)</source>
        <translation>Como el sistema (%s)</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Algunos packs de frases no se pudieron cargar; los demás funcionan como siempre</translation>
    </message>
    <message>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Un pack de frases tiene un problema; los demás funcionan como siempre</translation>
    </message>
</context>
<context>
    <name>MessageControl</name>
    <message>
        <source>No customer message read: copy or select it, then open the search.</source>
        <translation>No se leyó ningún mensaje del cliente: cópielo o selecciónelo y abra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>El mensaje del cliente</translation>
    </message>
    <message>
        <source>Message: %s</source>
        <translation>Mensaje: %s</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>The hotkey %s is not available</source>
        <translation>El atajo %s no está disponible</translation>
    </message>
    <message>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Elija otra tecla en Ajustes, o asigne “calmdesk show” a una tecla de su escritorio.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Algo salió mal: %s</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>CalmDesk sigue en marcha. Los detalles están en %s.</translation>
    </message>
    <message>
        <source>The hotkey %s is not available: %s</source>
        <translation>El atajo %s no está disponible: %s</translation>
    </message>
    <message>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>CalmDesk no puede escuchar una tecla global en este escritorio.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que CalmDesk no muestra icono.</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… y %d más</translation>
    </message>
    <message>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Todo lo demás funciona. “Mostrar detalles” tiene la lista completa.</translation>
    </message>
    <message>
        <source>CalmDesk started with some problems</source>
        <translation>CalmDesk se inició con algunos problemas</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>CalmDesk está en marcha</translation>
    </message>
    <message>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>CalmDesk sigue en marcha: pulse %s, o ejecute “calmdesk show”, para abrir la búsqueda de frases.</translation>
    </message>
    <message>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Para abrir la búsqueda de frases, asigne la orden “calmdesk show” a una tecla en los ajustes de teclado de su escritorio (docs/hotkeys.md explica cómo)</translation>
    </message>
    <message>
        <source>, or pick another key in Settings</source>
        <translation>, o elija otra tecla en Ajustes</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. %s.</source>
        <translation>CalmDesk sigue en marcha. %s.</translation>
    </message>
    <message>
        <source>%s; the tray icon works as well.</source>
        <translation>%s; el icono de la bandeja también funciona.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecer</translation>
    </message>
</context>
<context>
    <name>OriginLabel</name>
    <message>
        <source>Where this phrase comes from</source>
        <translation>De dónde viene esta frase</translation>
    </message>
    <message>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Una frase nueva suya (aún sin guardar)</translation>
    </message>
    <message>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Elija una frase a la izquierda, o pulse Ctrl+N para una nueva.</translation>
    </message>
    <message>
        <source>read-only: Customise makes your own copy</source>
        <translation>solo lectura: Personalizar crea su propia copia</translation>
    </message>
    <message>
        <source>hidden from the picker</source>
        <translation>oculta en el buscador</translation>
    </message>
</context>
<context>
    <name>OriginShort</name>
    <message>
        <source>Built-in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Team: %s</source>
        <translation>Equipo: %s</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Suya (personalizada)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
</context>
<context>
    <name>OriginText</name>
    <message>
        <source>Built-in: %s</source>
        <translation>Incluida: %s</translation>
    </message>
    <message>
        <source>Team pack: %s</source>
        <translation>Pack del equipo: %s</translation>
    </message>
    <message>
        <source>Yours, customised from %s</source>
        <translation>Suya, personalizada a partir de %s</translation>
    </message>
    <message>
        <source>, from %s</source>
        <translation>, de %s</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
</context>
<context>
    <name>PhraseBrowser</name>
    <message>
        <source>Search phrases (Ctrl+F)</source>
        <translation>Buscar frases (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Pack filter</source>
        <translation>Filtro de pack</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Suyas (personalizadas)</translation>
    </message>
    <message>
        <source>Phrases listed</source>
        <translation>Frases mostradas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Todos los packs</translation>
    </message>
    <message>
        <source>Your phrases</source>
        <translation>Sus frases</translation>
    </message>
    <message>
        <source>%d phrases</source>
        <translation>%d frases</translation>
    </message>
    <message>
        <source>%d of %d phrases</source>
        <translation>%d de %d frases</translation>
    </message>
</context>
<context>
    <name>PhraseExport</name>
    <message>
        <source>Export your phrases</source>
        <translation>Exportar sus frases</translation>
    </message>
    <message>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>Pack de CalmDesk (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>No exportado: %s</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A few words agents will recognise</source>
        <translation>Unas palabras que los agentes reconozcan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Palabras de búsqueda, separadas por comas: reembolso, devolver el dinero</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Paso de la lista</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Texto de la frase</translation>
    </message>
    <message>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Hola, {{customer_name}}, … (huecos entre llaves dobles; {{days: 1-2 | 3-5}} ofrece una elección)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Vista previa con valores de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Checklist &amp;step:</source>
        <translation>&amp;Paso de la lista:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Preview (sample values):</source>
        <translation>Vista previa (valores de ejemplo):</translation>
    </message>
    <message>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <source>The preview shows here as you type.</source>
        <translation>La vista previa aparece aquí mientras escribe.</translation>
    </message>
</context>
<context>
    <name>PhraseSearch</name>
    <message>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Buscar frases: perdón, espera, reembolso…</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <source>Matching phrases</source>
        <translation>Frases que coinciden</translation>
    </message>
    <message>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Nada que buscar en “%s”: se muestran todas las frases.</translation>
    </message>
    <message>
        <source>Could not save the favourite: %s</source>
        <translation>No se pudo guardar la favorita: %s</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Añadida a favoritas</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Quitada de favoritas</translation>
    </message>
    <message>
        <source>Could not save the mark: %s</source>
        <translation>No se pudo guardar la marca: %s</translation>
    </message>
    <message>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Anotado: “%s” funcionó para “%s”.</translation>
    </message>
    <message>
        <source>Noted: “%s” worked.</source>
        <translation>Anotado: “%s” funcionó.</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (oculta)</translation>
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
        <translation>Buscador de frases de CalmDesk</translation>
    </message>
    <message>
        <source>Current complaint</source>
        <translation>Queja actual</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>No se pudo copiar: %s</translation>
    </message>
    <message>
        <source>Copied, not pasted: %s</source>
        <translation>Copiado, no pegado: %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <source>Draft copied.</source>
        <translation>Borrador copiado.</translation>
    </message>
    <message>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Ctrl+J follow-ups · Ctrl+I statistics · Ctrl+, settings · F1 about · Esc close</source>
        <translation>Enter copiar · Ctrl+Enter copiar y seguir · Alt+1-9 elegir · Ctrl+D favorita · Ctrl+←/→ categoría · Ctrl+N nueva queja · Ctrl+K pasos · Ctrl+T revisar tono · Ctrl+E editar · Ctrl+J seguimientos · Ctrl+I estadísticas · Ctrl+, ajustes · F1 acerca de · Esc cerrar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N complaint from the message</source>
        <translation>Ctrl+Shift+N queja desde el mensaje</translation>
    </message>
    <message>
        <source>Alt+1-9 fix · Ctrl+Z undo · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 arreglar · Ctrl+Z deshacer · Alt+↑/↓ observación · Ctrl+Enter copiar borrador · Ctrl+T frases · Esc cerrar</translation>
    </message>
    <message>
        <source>Already sent to this customer at %s.</source>
        <translation>Ya enviada a este cliente a las %s.</translation>
    </message>
    <message>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Casi las mismas palabras se enviaron a este cliente a las %s.</translation>
    </message>
    <message>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R: “%s” en su lugar.</translation>
    </message>
    <message>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Ninguna frase de “%s” coincide con “%s”.</translation>
    </message>
    <message>
        <source>No phrase in “%s”.</source>
        <translation>Ninguna frase en “%s”.</translation>
    </message>
    <message>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Pulse Ctrl+0 para buscar en todas las categorías.</translation>
    </message>
    <message>
        <source>No phrases loaded.</source>
        <translation>No hay frases cargadas.</translation>
    </message>
    <message>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Nada de la biblioteca tiene que ver con “%s”.

Explore una categoría de arriba (Ctrl+←/→), o pruebe otras palabras: perdón, espera, reembolso, responsable…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>ReadingAnger</name>
    <message>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Annoyed</source>
        <translation>Molesto</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfadado</translation>
    </message>
    <message>
        <source>Furious</source>
        <translation>Furioso</translation>
    </message>
</context>
<context>
    <name>ReadingAsk</name>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>sustitución</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>reparación</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explicación</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensación</translation>
    </message>
    <message>
        <source>update</source>
        <translation>novedades</translation>
    </message>
    <message>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <source>delete data</source>
        <translation>borrar datos</translation>
    </message>
</context>
<context>
    <name>ReadingLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>El mensaje del cliente</translation>
    </message>
    <message>
        <source>Message: </source>
        <translation>Mensaje: </translation>
    </message>
    <message>
        <source>Not read: the clipboard looks like a password or card number.</source>
        <translation>No se ha leído: el portapapeles parece una contraseña o un número de tarjeta.</translation>
    </message>
    <message>
        <source>asks: %s</source>
        <translation>pide: %s</translation>
    </message>
    <message>
        <source>threatens: %s</source>
        <translation>amenaza: %s</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>vuelve a contactar</translation>
    </message>
    <message>
        <source>needs it %s</source>
        <translation>plazo: %s</translation>
    </message>
    <message>
        <source>has a deadline</source>
        <translation>tiene un plazo</translation>
    </message>
    <message>
        <source>order %s</source>
        <translation>pedido %s</translation>
    </message>
</context>
<context>
    <name>ReadingThreat</name>
    <message>
        <source>legal action</source>
        <translation>acciones legales</translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation>contracargo</translation>
    </message>
    <message>
        <source>review</source>
        <translation>reseña</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>irse</translation>
    </message>
</context>
<context>
    <name>ReadingTopic</name>
    <message>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>artículo equivocado</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>service</source>
        <translation>atención</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancelación</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>ReminderControl</name>
    <message>
        <source>%s has waited longer than the reply target.</source>
        <translation>%s lleva esperando más que el objetivo de respuesta.</translation>
    </message>
    <message>
        <source>%s has waited %d min past the reply target.</source>
        <translation>%s lleva %d min más allá del objetivo de respuesta.</translation>
    </message>
    <message>
        <source>CalmDesk: reply target missed</source>
        <translation>CalmDesk: objetivo de respuesta incumplido</translation>
    </message>
    <message>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk: %s</translation>
    </message>
    <message>
        <source>follow-up due</source>
        <translation>toca el seguimiento</translation>
    </message>
    <message>
        <source>time to check in</source>
        <translation>hora de volver a escribir</translation>
    </message>
    <message>
        <source>a promise is due</source>
        <translation>vence una promesa</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Vence un recordatorio.</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Volver a escribir</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>ReplyClockLabel</name>
    <message>
        <source>Reply clock</source>
        <translation>Reloj de respuesta</translation>
    </message>
    <message>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Los pasos sirven de guía; empiece una queja para marcarlos.</translation>
    </message>
    <message>
        <source>Open for %s</source>
        <translation>Abierta hace %s</translation>
    </message>
    <message>
        <source>you asked, their turn %s · Ctrl+R when they reply</source>
        <translation>usted preguntó, le toca al cliente %s · Ctrl+R cuando responda</translation>
    </message>
    <message>
        <source>waiting %s of %s</source>
        <translation>esperando %s de %s</translation>
    </message>
    <message>
        <source>reply soon</source>
        <translation>responda pronto</translation>
    </message>
    <message>
        <source>reply now</source>
        <translation>responda ya</translation>
    </message>
    <message>
        <source>waiting %s</source>
        <translation>esperando %s</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source> (partial match)</source>
        <translation> (coincidencia parcial)</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>El nombre con el que firma, p. ej. Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Su empresa o equipo, p. ej. Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Se ofrece en las respuestas públicas, p. ej. ayuda@acme.example</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>Correo de soporte</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>P&amp;redeterminado</translation>
    </message>
    <message>
        <source>&amp;Paste into the previous window after copying</source>
        <translation>&amp;Pegar en la ventana anterior tras copiar</translation>
    </message>
    <message>
        <source>C&amp;lose the search after copying</source>
        <translation>Cerrar la &amp;búsqueda tras copiar</translation>
    </message>
    <message>
        <source>Show the full te&amp;xt of the selected phrase</source>
        <translation>Mostrar el &amp;texto completo de la frase seleccionada</translation>
    </message>
    <message>
        <source>Start CalmDesk &amp;when you log in</source>
        <translation>Iniciar CalmDesk al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Not supported on this system yet</source>
        <translation>Aún no es compatible con este sistema</translation>
    </message>
    <message>
        <source>The autostart entry %s</source>
        <translation>La entrada de inicio automático %s</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation>&amp;Correo de soporte:</translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation>Ata&amp;jo:</translation>
    </message>
    <message>
        <source>&amp;Team packs:</source>
        <translation>Paquetes del e&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>T&amp;imes and complaints</source>
        <translation>Tie&amp;mpos y quejas</translation>
    </message>
    <message>
        <source>“%s” does not look like an email address, e.g. help@acme.example.</source>
        <translation>«%s» no parece una dirección de correo, p. ej. help@acme.example.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %s</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión: %s</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Ad&amp;just in the desktop&apos;s settings…</source>
        <translation>Aj&amp;ustar en la configuración del escritorio…</translation>
    </message>
    <message>
        <source>This desktop keeps the key: change it there.</source>
        <translation>Este escritorio gestiona la tecla: cámbiela allí.</translation>
    </message>
    <message>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Haga clic y pulse la combinación de teclas que abre la búsqueda</translation>
    </message>
    <message>
        <source>Reset hotkey to the default</source>
        <translation>Volver al atajo por defecto</translation>
    </message>
    <message>
        <source>Gi&amp;ve my clipboard back after pasting</source>
        <translation>De&amp;volverme el portapapeles tras pegar</translation>
    </message>
    <message>
        <source>What you had copied before returns once the phrase is pasted.</source>
        <translation>Lo que había copiado antes vuelve una vez pegada la frase.</translation>
    </message>
    <message>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Una carpeta por línea, p. ej. una carpeta compartida de su responsable</translation>
    </message>
    <message>
        <source>Team pack folders</source>
        <translation>Carpetas de packs del equipo</translation>
    </message>
    <message>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Los packs de frases de estas carpetas también se cargan, y se recargan cuando cambian</translation>
    </message>
    <message>
        <source>Add a team pack folder</source>
        <translation>Añadir una carpeta de packs del equipo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>This hotkey cannot be used: %s</source>
        <translation>Este atajo no se puede usar: %s</translation>
    </message>
    <message>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>Hace falta un atajo para abrir la búsqueda: el campo ha vuelto a %s. Pulse Aceptar para mantenerlo, o elija otra tecla.</translation>
    </message>
    <message>
        <source>Could not save the settings: %s</source>
        <translation>No se pudieron guardar los ajustes: %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Complaints per day (last 14 days)</source>
        <translation>Quejas por día (últimos 14 días)</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>Phrases you use most</source>
        <translation>Frases que más usa</translation>
    </message>
    <message>
        <source>Steps most often skipped</source>
        <translation>Pasos que más se saltan</translation>
    </message>
    <message>
        <source>Your statistics</source>
        <translation>Sus estadísticas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Phrases used least and never</source>
        <translation>Frases que menos usa y que nunca usa</translation>
    </message>
    <message>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Solo en este ordenador: estas cifras nunca se envían a ninguna parte.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) (%d closed)</source>
        <translation>
            <numerusform>%n queja (cerradas: %d)</numerusform>
            <numerusform>%n quejas (cerradas: %d)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message numerus="yes">
        <source>Never used: %d of %n phrase(s).</source>
        <translation>
            <numerusform>Nunca usadas: %d de %n frase.</numerusform>
            <numerusform>Nunca usadas: %d de %n frases.</numerusform>
        </translation>
    </message>
    <message>
        <source>median time to close: %s</source>
        <translation>tiempo mediano hasta el cierre: %s</translation>
    </message>
    <message>
        <source>none closed yet</source>
        <translation>ninguna cerrada todavía</translation>
    </message>
    <message>
        <source>reply targets: %d met, %d missed</source>
        <translation>objetivos de respuesta: %d cumplidos, %d no cumplidos</translation>
    </message>
    <message>
        <source>No complaints yet.</source>
        <translation>Todavía no hay quejas.</translation>
    </message>
    <message>
        <source>No phrase copied yet.</source>
        <translation>Todavía no se ha copiado ninguna frase.</translation>
    </message>
    <message>
        <source>No closed complaint yet.</source>
        <translation>Todavía no hay quejas cerradas.</translation>
    </message>
    <message>
        <source>Used least: %s.</source>
        <translation>Las que menos usa: %s.</translation>
    </message>
    <message>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Marcadas como que funcionaron (Ctrl+G en el buscador): %s.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>StepDetail</name>
    <message>
        <source>What to do in this step</source>
        <translation>Qué hacer en este paso</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evite</translation>
    </message>
    <message>
        <source>Say instead</source>
        <translation>Diga mejor</translation>
    </message>
    <message>
        <source>Their message threatens %s</source>
        <translation>Su mensaje amenaza con: %s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>%s (skipped)</source>
        <translation>%s (omitido)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Las favoritas y las frases recientes están desactivadas por ahora</translation>
    </message>
    <message>
        <source>About your CalmDesk data</source>
        <translation>Sobre sus datos de CalmDesk</translation>
    </message>
    <message>
        <source>Your own phrases could not be loaded</source>
        <translation>No se pudieron cargar sus propias frases</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <source>Promised times</source>
        <translation>Horas prometidas</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Empieza la jornada</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Termina la jornada</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Round promised times up to</source>
        <translation>Redondear las horas prometidas a</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>&amp;Días laborables:</translation>
    </message>
    <message>
        <source>Rou&amp;nd promised times up to:</source>
        <translation>Red&amp;ondear las horas prometidas a:</translation>
    </message>
    <message>
        <source>“%s” is not a time; write it like 16:30 or 1630.</source>
        <translation>«%s» no es una hora; escríbala como 16:30 o 1630.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>La jornada tiene que terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Elija al menos un día laborable.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Complaint checklist</source>
        <translation>Pasos de la queja</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>Nueva queja…</translation>
    </message>
    <message>
        <source>Customer replied (restart the reply clock)</source>
        <translation>El cliente respondió (reiniciar el reloj de respuesta)</translation>
    </message>
    <message>
        <source>Follow-ups and history…</source>
        <translation>Seguimientos e historial…</translation>
    </message>
    <message>
        <source>Edit phrases…</source>
        <translation>Editar frases…</translation>
    </message>
    <message>
        <source>Your statistics…</source>
        <translation>Sus estadísticas…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>About CalmDesk</source>
        <translation>Acerca de CalmDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open phrase search</source>
        <translation>Abrir la búsqueda de frases</translation>
    </message>
    <message>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk: respuestas tranquilas para chats difíciles</translation>
    </message>
    <message>
        <source>Press %s to search phrases</source>
        <translation>Pulse %s para buscar frases</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <source>One minute for you</source>
        <translation>Un minuto para usted</translation>
    </message>
    <message>
        <source>Unwind</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <source>Done. Well handled.</source>
        <translation>Hecho. Bien llevado.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>Inspire…</translation>
    </message>
    <message>
        <source>…and out, slowly</source>
        <translation>…y suelte el aire, despacio</translation>
    </message>
    <message>
        <source>%d s left</source>
        <translation>Quedan %d s</translation>
    </message>
</context>
<context>
    <name>VersionPanel</name>
    <message>
        <source>Pick a language to edit its version</source>
        <translation>Elija un idioma para editar su versión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versiones por idioma</translation>
    </message>
    <message>
        <source>Language of the text below</source>
        <translation>Idioma del texto de abajo</translation>
    </message>
    <message>
        <source>↩ no version: agents get the English one</source>
        <translation>↩ sin versión: los agentes reciben la inglesa</translation>
    </message>
    <message>
        <source>Editing the %s version.</source>
        <translation>Editando la versión en %s.</translation>
    </message>
    <message>
        <source>↩ No %1 version yet: agents get the %2 one, shown below. Write over it and save to add the %1 version.</source>
        <translation>↩ Aún no hay versión en %1: los agentes reciben la versión en %2, que se muestra abajo. Escriba encima y guarde para añadir la versión en %1.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Pulse %s junto a su chat para buscar una frase.</translation>
    </message>
    <message>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>El menú del icono de la bandeja tiene la lista de pasos de la queja, sus frases y los ajustes.</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Iniciar con mi sesión</translation>
    </message>
    <message>
        <source>To have it ready at every login, tick “Start CalmDesk when you log in” in the settings (or run: calmdesk autostart on).</source>
        <translation>Para tenerlo listo en cada inicio de sesión, marque «Iniciar CalmDesk al iniciar sesión» en los ajustes (o ejecute: calmdesk autostart on).</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session</source>
        <translation>CalmDesk no puede iniciarse con su sesión</translation>
    </message>
    <message>
        <source>CalmDesk will start with your session</source>
        <translation>CalmDesk se iniciará con su sesión</translation>
    </message>
    <message>
        <source>It will be ready at every login. The settings can turn this off.</source>
        <translation>Estará listo cada vez que inicie sesión. Puede desactivarlo en la configuración.</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>CalmDesk está en marcha</translation>
    </message>
</context>
<context>
    <name>WhoseLabel</name>
    <message numerus="yes">
        <source>(%n more open: Ctrl+PgUp/PgDn)</source>
        <translation>
            <numerusform>(%n abierta más: Ctrl+PgUp/PgDn)</numerusform>
            <numerusform>(%n abiertas más: Ctrl+PgUp/PgDn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling for: </source>
        <translation>Rellenando para: </translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <source>Add my name…</source>
        <translation>Escribir mi nombre…</translation>
    </message>
    <message numerus="yes">
        <source>%d in %n pack(s)</source>
        <translation>
            <numerusform>%d en %n pack</numerusform>
            <numerusform>%d en %n packs</numerusform>
        </translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>The phrase editor is not available</source>
        <translation>El editor de frases no está disponible</translation>
    </message>
    <message>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>No se pudo abrir el archivo de datos de CalmDesk, así que sus frases no se pueden guardar.</translation>
    </message>
</context>
</TS>
