<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CalmDesk</source>
        <translation>Sobre o CalmDesk</translation>
    </message>
    <message>
        <source>CalmDesk logo</source>
        <translation>Logotipo do CalmDesk</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <source>Your phrase packs</source>
        <translation>Seus pacotes de frases</translation>
    </message>
    <message>
        <source>Log (for support)</source>
        <translation>Log (para o suporte)</translation>
    </message>
    <message>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Respostas calmas e prontas para agentes de atendimento diante de um cliente chateado.</translation>
    </message>
    <message>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Funciona totalmente offline: nada do que você digita sai deste computador.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %s</source>
        <translation>Limpar %s</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>a lista</translation>
    </message>
    <message>
        <source>Row headers of %s</source>
        <translation>Cabeçalhos de linha de %s</translation>
    </message>
    <message>
        <source>Column headers of %s</source>
        <translation>Cabeçalhos de coluna de %s</translation>
    </message>
    <message>
        <source>Select all of %s</source>
        <translation>Selecionar tudo em %s</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <source>Copied, not pasted</source>
        <translation>Copiado, não colado</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Phrases of every category</source>
        <translation>Frases de todas as categorias</translation>
    </message>
    <message>
        <source>Category: %s</source>
        <translation>Categoria: %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <source>Tone check</source>
        <translation>Verificação de tom</translation>
    </message>
    <message>
        <source>Tone check summary</source>
        <translation>Resumo da verificação de tom</translation>
    </message>
    <message>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Digite ou cole sua resposta aqui: as palavras que podem piorar a situação ficam sublinhadas.</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Rascunho da resposta</translation>
    </message>
    <message>
        <source>Tone findings</source>
        <translation>Apontamentos de tom</translation>
    </message>
    <message>
        <source>Fixes for the selected finding</source>
        <translation>Correções para o apontamento escolhido</translation>
    </message>
    <message>
        <source>Say instead: “%s”</source>
        <translation>Diga em vez disso: “%s”</translation>
    </message>
    <message>
        <source>Leave out “%s”</source>
        <translation>Tire “%s”</translation>
    </message>
    <message>
        <source>Insert the phrase “%s”</source>
        <translation>Inserir a frase “%s”</translation>
    </message>
    <message>
        <source>Replace the draft with “%s”</source>
        <translation>Substituir o rascunho por “%s”</translation>
    </message>
    <message>
        <source>Only the start of the reply was checked: the tone rules took too long.</source>
        <translation>Só o início da resposta foi verificado: as regras de tom demoraram demais.</translation>
    </message>
    <message numerus="yes">
        <source>Tone check: %n thing(s) to look at</source>
        <translation>
            <numerusform>Verificação de tom: %n ponto para revisar</numerusform>
            <numerusform>Verificação de tom: %n pontos para revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z takes a fix back)</source>
        <translation>(Ctrl+Z desfaz uma correção)</translation>
    </message>
    <message>
        <source>Tone check: write or paste your reply below</source>
        <translation>Verificação de tom: escreva ou cole sua resposta abaixo</translation>
    </message>
    <message>
        <source>Tone check: reads calmly</source>
        <translation>Verificação de tom: o texto está calmo</translation>
    </message>
    <message>
        <source>No %s</source>
        <translation>Sem %s</translation>
    </message>
    <message>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Nada para mudar: o rascunho está calmo.</translation>
    </message>
    <message>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Reescreva este trecho com suas palavras (Alt+↑/↓ próximo apontamento).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>New…</source>
        <translation>Nova…</translation>
    </message>
    <message>
        <source>Close complaint…</source>
        <translation>Encerrar a reclamação…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Complaint checklist</source>
        <translation>Checklist da reclamação</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Reclamações abertas</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Nova reclamação</translation>
    </message>
    <message>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Iniciar uma nova reclamação (Ctrl+N)</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Passos do checklist</translation>
    </message>
    <message>
        <source>Phrases for this step</source>
        <translation>Frases para este passo</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>Encerrar a reclamação</translation>
    </message>
    <message>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Nenhuma reclamação aberta: Ctrl+N inicia uma</translation>
    </message>
    <message>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Digitar aqui não faz nada: clique na janela do chat para escrever.</translation>
    </message>
    <message>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Inicie uma reclamação primeiro (Ctrl+N).</translation>
    </message>
    <message>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>%s desmarcado · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>%s marcado · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>Ticked %s again</source>
        <translation>%s marcado de novo</translation>
    </message>
    <message>
        <source>Unticked %s</source>
        <translation>%s desmarcado</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>Não foi possível copiar: %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ passo · Espaço marcar · Tab frases · Enter copiar · Esc esconder</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close complaint</source>
        <translation>Encerrar a reclamação</translation>
    </message>
    <message>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Encerrar a reclamação de %s. Acompanhar depois?</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Sem acompanhamento</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Em 4 horas</translation>
    </message>
    <message>
        <source>Next working day, same time</source>
        <translation>Próximo dia útil, mesmo horário</translation>
    </message>
    <message>
        <source>In 2 working days</source>
        <translation>Em 2 dias úteis</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Em uma semana</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Às…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>sexta 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Horário do acompanhamento</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Acompanhamento:</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <source>Complaints are off</source>
        <translation>As reclamações estão desativadas</translation>
    </message>
    <message>
        <source>CalmDesk could not open its data file.</source>
        <translation>O CalmDesk não conseguiu abrir o arquivo de dados.</translation>
    </message>
    <message>
        <source>Follow up with %s</source>
        <translation>Acompanhar %s</translation>
    </message>
    <message>
        <source>No complaint is open</source>
        <translation>Nenhuma reclamação aberta</translation>
    </message>
    <message>
        <source>Start one first (Ctrl+N in the picker).</source>
        <translation>Inicie uma primeiro (Ctrl+N no seletor).</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>New complaint</source>
        <translation>Nova reclamação</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>1 annoyed</source>
        <translation>1 incomodado</translation>
    </message>
    <message>
        <source>2 upset</source>
        <translation>2 chateado</translation>
    </message>
    <message>
        <source>3 angry</source>
        <translation>3 irritado</translation>
    </message>
    <message>
        <source>4 very angry</source>
        <translation>4 muito irritado</translation>
    </message>
    <message>
        <source>5 furious</source>
        <translation>5 furioso</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Seu idioma</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>e.g. Ana Souza</source>
        <translation>ex.: Ana Souza</translation>
    </message>
    <message>
        <source>Address the customer as</source>
        <translation>Como tratar o cliente</translation>
    </message>
    <message>
        <source>their first name</source>
        <translation>o primeiro nome</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>Protocolo ou pedido</translation>
    </message>
    <message>
        <source>e.g. #10442</source>
        <translation>ex.: #10442</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>e.g. late refund</source>
        <translation>ex.: reembolso atrasado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>How angry</source>
        <translation>Nível de irritação</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma do cliente</translation>
    </message>
    <message>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Todos os campos são opcionais. Enter inicia a reclamação.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Add&amp;ress as:</source>
        <translation>&amp;Tratar por:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>A&amp;ssunto:</translation>
    </message>
    <message>
        <source>How &amp;angry:</source>
        <translation>&amp;Irritação:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
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
        <translation>Você prometeu %s. Quer que eu lembre na hora?</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me lembrar</translation>
    </message>
    <message>
        <source>Check in with %s</source>
        <translation>Dar retorno para %s</translation>
    </message>
    <message>
        <source>Remind you to check in with %s at %s?</source>
        <translation>Lembrar de dar retorno para %s às %s?</translation>
    </message>
    <message>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Levante, solte o ar devagar e deixe essa conversa para trás.</translation>
    </message>
    <message>
        <source>That was a hard one. %s</source>
        <translation>Essa foi difícil. %s</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Um minuto</translation>
    </message>
    <message>
        <source>The next customer can wait one minute.</source>
        <translation>O próximo cliente pode esperar um minuto.</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <source>Complaints</source>
        <translation>Reclamações</translation>
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
        <translation>Telefone (em espera)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reply target, %s</source>
        <translation>Meta de resposta, %s</translation>
    </message>
    <message>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>O relógio fica amarelo pouco antes deste prazo e vermelho depois</translation>
    </message>
    <message>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Lembrete de dar retorno depois de uma frase de espera</translation>
    </message>
    <message>
        <source>Copying a phrase ticks the checklist &amp;step it serves</source>
        <translation>Copiar uma frase marca a &amp;etapa da lista que ela atende</translation>
    </message>
    <message>
        <source>Offer a one-minute &amp;break after a hard complaint</source>
        <translation>Oferecer uma &amp;pausa de um minuto após uma reclamação difícil</translation>
    </message>
    <message>
        <source>Read the cust&amp;omer&apos;s message on the clipboard</source>
        <translation>&amp;Ler a mensagem do cliente na área de transferência</translation>
    </message>
    <message>
        <source>The search shows how the customer feels and what they ask, and offers the phrases that answer it. Passwords and card numbers are never read; nothing is kept.</source>
        <translation>A busca mostra como o cliente se sente e o que ele pede, e oferece as frases que respondem. Senhas e números de cartão nunca são lidos; nada é guardado.</translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation>&amp;Responder em:</translation>
    </message>
    <message>
        <source>Check in &amp;after:</source>
        <translation>&amp;Verificar após:</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>As reclamações estão desativadas por enquanto: o CalmDesk não conseguiu abrir o arquivo de dados.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint starts as soon as it is free.</source>
        <translation>Outro programa está usando o arquivo de dados do CalmDesk: a reclamação começa assim que ele ficar livre.</translation>
    </message>
    <message>
        <source>Another program is using CalmDesk&apos;s data file: the complaint closes as soon as it is free.</source>
        <translation>Outro programa está usando o arquivo de dados do CalmDesk: a reclamação será encerrada assim que ele ficar livre.</translation>
    </message>
</context>
<context>
    <name>DeskParts</name>
    <message>
        <source>Some settings were not understood</source>
        <translation>Algumas configurações não foram entendidas</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
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
        <translation>Nova frase (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Copiar esta frase como uma nova sua (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Save now (Ctrl+S)</source>
        <translation>Salvar agora (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete your phrase, or revert a customised one (Delete; Ctrl+Z undoes)</source>
        <translation>Excluir a sua frase, ou restaurar uma personalizada (Delete; Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Fazer sua própria cópia desta frase; ela substitui o original em todo lugar</translation>
    </message>
    <message>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Ocultar esta frase da busca, ou mostrá-la de novo</translation>
    </message>
    <message>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marcar como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Adicionar frases do Espanso, Beeftext, CSV ou de um pacote do CalmDesk (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Salvar suas frases como pacote do CalmDesk ou arquivo CSV</translation>
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
        <translation>Editor de frases do CalmDesk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Não salvo: %s</translation>
    </message>
    <message>
        <source>Saved “%s”.</source>
        <translation>“%s” salva.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>There is no %s version to delete.</source>
        <translation>Não há versão em %s para excluir.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>cópia</translation>
    </message>
    <message>
        <source>Duplicated as “%s”.</source>
        <translation>Duplicada como “%s”.</translation>
    </message>
    <message>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Sua cópia de “%s” agora substitui o original.</translation>
    </message>
    <message>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>“%s” voltou ao original. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>“%s” excluída. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Recuperada.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>Hidden from the picker.</source>
        <translation>Oculta na busca.</translation>
    </message>
    <message>
        <source>Shown in the picker again.</source>
        <translation>Aparece de novo na busca.</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Adicionada às favoritas</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Removida das favoritas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n phrase(s).</source>
        <translation>
            <numerusform>%n frase importada.</numerusform>
            <numerusform>%n frases importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ainda sem título)</translation>
    </message>
    <message>
        <source>New phrase not saved</source>
        <translation>Frase nova não salva</translation>
    </message>
    <message>
        <source>Save the new phrase “%s”?</source>
        <translation>Salvar a frase nova “%s”?</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <source>Fill in the blanks</source>
        <translation>Preencher os campos</translation>
    </message>
    <message>
        <source>Fill-in hint</source>
        <translation>Dica para preencher</translation>
    </message>
    <message>
        <source>default: %s</source>
        <translation>padrão: %s</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>%s:</source>
        <translation>%s:</translation>
    </message>
    <message>
        <source>Include this part of the phrase</source>
        <translation>Incluir esta parte da frase</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Please fill in: %s</source>
        <translation>Preencha: %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <source>Snooze 10 &amp;min</source>
        <translation>Adiar 10 &amp;min</translation>
    </message>
    <message>
        <source>Snooze 1 h&amp;our</source>
        <translation>Adiar 1 &amp;hora</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Follow-ups and history</source>
        <translation>Acompanhamentos e histórico</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Closed complaints</source>
        <translation>Reclamações encerradas</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Lembretes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>Não foi possível gravar %s</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Não foi possível gravar %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n complaint(s) to %s</source>
        <translation>
            <numerusform>%n reclamação gravada em %s</numerusform>
            <numerusform>%n reclamações gravadas em %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar o histórico</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
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
        <translation>Nível de irritação</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Meta cumprida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Não cumprida</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Language of the phrases</source>
        <translation>Idioma das frases</translation>
    </message>
    <message>
        <source>A CSV file&apos;s lang column says it row by row; a pack says its own</source>
        <translation>A coluna lang de um arquivo CSV a indica linha a linha; um pacote indica o seu</translation>
    </message>
    <message>
        <source>La&amp;nguage of the phrases:</source>
        <translation>Idi&amp;oma das frases:</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Pasta…</translation>
    </message>
    <message>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>&amp;Substituir minhas frases com o mesmo id</translation>
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
        <translation>Espanso (arquivo de match ou pasta)</translation>
    </message>
    <message>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (exportação JSON ou CSV)</translation>
    </message>
    <message>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander e outros)</translation>
    </message>
    <message>
        <source>CalmDesk pack (.toml)</source>
        <translation>Pacote do CalmDesk (.toml)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Arquivo ou pasta para importar</translation>
    </message>
    <message>
        <source>Path of the file or folder</source>
        <translation>Caminho do arquivo ou da pasta</translation>
    </message>
    <message>
        <source>Category when the words do not suggest one</source>
        <translation>Categoria quando as palavras não sugerem nenhuma</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>Pick a file or folder first.</source>
        <translation>Escolha primeiro um arquivo ou uma pasta.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Seu arquivo de dados do CalmDesk não está aberto, então nada pode ser importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>Nada foi importado: %s</translation>
    </message>
    <message>
        <source>Import a folder: Espanso, or CalmDesk packs</source>
        <translation>Importar uma pasta: Espanso ou pacotes do CalmDesk</translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pré-&amp;visualizar</translation>
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
        <translation>Cate&amp;goria senão:</translation>
    </message>
    <message>
        <source>%d to import.</source>
        <translation>%d para importar.</translation>
    </message>
    <message>
        <source>A backup of your data is made first.</source>
        <translation>Antes é feito um backup dos seus dados.</translation>
    </message>
    <message>
        <source>Cannot import: %s</source>
        <translation>Não é possível importar: %s</translation>
    </message>
    <message>
        <source>Import phrases from</source>
        <translation>Importar frases de</translation>
    </message>
    <message>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Trechos (*.yml *.yaml *.json *.csv *.toml);;Todos os arquivos (*)</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Text begins</source>
        <translation>Início do texto</translation>
    </message>
    <message>
        <source>From / why</source>
        <translation>Origem / motivo</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Pré-visualização da importação</translation>
    </message>
    <message>
        <source>Import preview columns</source>
        <translation>Colunas da prévia</translation>
    </message>
    <message>
        <source>replaces the built-in</source>
        <translation>substitui a incluída</translation>
    </message>
    <message>
        <source>overwrites yours</source>
        <translation>sobrescreve a sua</translation>
    </message>
    <message>
        <source>Notes (%d)</source>
        <translation>Observações (%d)</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Many replies end with your name and your company. What should they say? (Settings can change it later.)</source>
        <translation>Muitas respostas terminam com o seu nome e a sua empresa. O que elas devem dizer? (Dá para mudar depois nas Configurações.)</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>O nome com que você assina, ex.: Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Sua empresa ou equipe, ex.: Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>Later: ask in Settings</source>
        <translation>Depois: nas Configurações</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Could not save: %s</source>
        <translation>Não foi possível salvar: %s</translation>
    </message>
    <message>
        <source>Start CalmDesk when I log &amp;in</source>
        <translation>&amp;Abrir o CalmDesk ao entrar na sessão</translation>
    </message>
    <message>
        <source>The hotkey is then ready at every login, no window shown. Settings can turn it off.</source>
        <translation>O atalho fica pronto a cada login, sem mostrar nenhuma janela. Dá para desligar nas Configurações.</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session: %s</source>
        <translation>O CalmDesk não pode iniciar com a sua sessão: %s</translation>
    </message>
    <message>
        <source>CalmDesk will start when you log in. Settings can turn this off.</source>
        <translation>O CalmDesk vai abrir quando você entrar na sessão. Dá para desligar nas Configurações.</translation>
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
        <translation>Idioma das janelas e menus</translation>
    </message>
    <message>
        <source>Language of the phrases and checklist</source>
        <translation>Idioma das frases e da lista de etapas</translation>
    </message>
    <message>
        <source>A complaint in another language offers that language&apos;s phrases whatever is chosen here</source>
        <translation>Uma reclamação em outro idioma oferece as frases desse idioma, seja qual for a escolha aqui</translation>
    </message>
    <message>
        <source>The windows change language when CalmDesk starts again.</source>
        <translation>As janelas mudam de idioma quando o CalmDesk iniciar de novo.</translation>
    </message>
    <message>
        <source>Windows and menus:</source>
        <translation>Janelas e menus:</translation>
    </message>
    <message>
        <source>Phrases and &amp;checklist:</source>
        <translation>F&amp;rases e lista de etapas:</translation>
    </message>
    <message>
        <source>As the system (%s)</source>
        <translation>Como o sistema (%s)</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Alguns pacotes de frases não puderam ser carregados; os outros funcionam normalmente</translation>
    </message>
    <message>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Um pacote de frases tem um problema; os outros funcionam normalmente</translation>
    </message>
</context>
<context>
    <name>MessageControl</name>
    <message>
        <source>No customer message read: copy or select it, then open the search.</source>
        <translation>Nenhuma mensagem do cliente lida: copie ou selecione a mensagem e abra a busca.</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>A mensagem do cliente</translation>
    </message>
    <message>
        <source>Message: %s</source>
        <translation>Mensagem: %s</translation>
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
        <translation>O atalho %s não está disponível</translation>
    </message>
    <message>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Escolha outra tecla nas Configurações, ou associe “calmdesk show” a uma tecla no seu ambiente de trabalho.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Algo deu errado: %s</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>O CalmDesk continua rodando. Os detalhes estão em %s.</translation>
    </message>
    <message>
        <source>The hotkey %s is not available: %s</source>
        <translation>O atalho %s não está disponível: %s</translation>
    </message>
    <message>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>O CalmDesk não consegue ouvir uma tecla global neste ambiente de trabalho.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Este ambiente de trabalho não tem bandeja do sistema, então o CalmDesk não mostra ícone.</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… e mais %d</translation>
    </message>
    <message>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Todo o resto funciona. “Mostrar detalhes” tem a lista completa.</translation>
    </message>
    <message>
        <source>CalmDesk started with some problems</source>
        <translation>O CalmDesk iniciou com alguns problemas</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>O CalmDesk está rodando</translation>
    </message>
    <message>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>O CalmDesk continua rodando: pressione %s, ou execute “calmdesk show”, para abrir a busca de frases.</translation>
    </message>
    <message>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Para abrir a busca de frases, associe o comando “calmdesk show” a uma tecla nas configurações de teclado do seu ambiente de trabalho (docs/hotkeys.md mostra como)</translation>
    </message>
    <message>
        <source>, or pick another key in Settings</source>
        <translation>, ou escolha outra tecla nas Configurações</translation>
    </message>
    <message>
        <source>CalmDesk keeps running. %s.</source>
        <translation>O CalmDesk continua rodando. %s.</translation>
    </message>
    <message>
        <source>%s; the tray icon works as well.</source>
        <translation>%s; o ícone da bandeja também funciona.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir as Configurações</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Não, obrigado</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferecer</translation>
    </message>
</context>
<context>
    <name>OriginLabel</name>
    <message>
        <source>Where this phrase comes from</source>
        <translation>De onde vem esta frase</translation>
    </message>
    <message>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Uma nova frase sua (ainda não salva)</translation>
    </message>
    <message>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Escolha uma frase à esquerda, ou pressione Ctrl+N para criar uma.</translation>
    </message>
    <message>
        <source>read-only: Customise makes your own copy</source>
        <translation>somente leitura: Personalizar cria a sua própria cópia</translation>
    </message>
    <message>
        <source>hidden from the picker</source>
        <translation>oculta na busca</translation>
    </message>
</context>
<context>
    <name>OriginShort</name>
    <message>
        <source>Built-in</source>
        <translation>Incluída</translation>
    </message>
    <message>
        <source>Team: %s</source>
        <translation>Equipe: %s</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Sua (personalizada)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
</context>
<context>
    <name>OriginText</name>
    <message>
        <source>Built-in: %s</source>
        <translation>Incluída: %s</translation>
    </message>
    <message>
        <source>Team pack: %s</source>
        <translation>Pacote da equipe: %s</translation>
    </message>
    <message>
        <source>Yours, customised from %s</source>
        <translation>Sua, personalizada a partir de %s</translation>
    </message>
    <message>
        <source>, from %s</source>
        <translation>, de %s</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
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
        <translation>Filtro de categoria</translation>
    </message>
    <message>
        <source>Pack filter</source>
        <translation>Filtro de pacote</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Yours (customised)</source>
        <translation>Suas (personalizadas)</translation>
    </message>
    <message>
        <source>Phrases listed</source>
        <translation>Frases listadas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Todos os pacotes</translation>
    </message>
    <message>
        <source>Your phrases</source>
        <translation>Suas frases</translation>
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
        <translation>Exportar suas frases</translation>
    </message>
    <message>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>Pacote do CalmDesk (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>Não exportado: %s</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A few words agents will recognise</source>
        <translation>Algumas palavras que os agentes reconheçam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Palavras de busca, separadas por vírgulas: reembolso, dinheiro de volta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Passo do checklist</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Texto da frase</translation>
    </message>
    <message>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Oi, {{customer_name}}, … (campos entre chaves duplas; {{days: 1-2 | 3-5}} oferece uma escolha)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Pré-visualização com valores de exemplo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canais:</translation>
    </message>
    <message>
        <source>Checklist &amp;step:</source>
        <translation>&amp;Passo do checklist:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Preview (sample values):</source>
        <translation>Pré-visualização (valores de exemplo):</translation>
    </message>
    <message>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <source>The preview shows here as you type.</source>
        <translation>A pré-visualização aparece aqui enquanto você digita.</translation>
    </message>
</context>
<context>
    <name>PhraseSearch</name>
    <message>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Buscar frases: desculpe, espera, reembolso…</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <source>Matching phrases</source>
        <translation>Frases encontradas</translation>
    </message>
    <message>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Nada para buscar em “%s”: mostrando todas as frases.</translation>
    </message>
    <message>
        <source>Could not save the favourite: %s</source>
        <translation>Não foi possível salvar a favorita: %s</translation>
    </message>
    <message>
        <source>★ Added to favourites</source>
        <translation>★ Adicionada às favoritas</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Removida das favoritas</translation>
    </message>
    <message>
        <source>Could not save the mark: %s</source>
        <translation>Não foi possível salvar a marcação: %s</translation>
    </message>
    <message>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Anotado: “%s” funcionou para “%s”.</translation>
    </message>
    <message>
        <source>Noted: “%s” worked.</source>
        <translation>Anotado: “%s” funcionou.</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Busca de frases do CalmDesk</translation>
    </message>
    <message>
        <source>Current complaint</source>
        <translation>Reclamação atual</translation>
    </message>
    <message>
        <source>Could not copy: %s</source>
        <translation>Não foi possível copiar: %s</translation>
    </message>
    <message>
        <source>Copied, not pasted: %s</source>
        <translation>Copiado, não colado: %s</translation>
    </message>
    <message>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <source>Draft copied.</source>
        <translation>Rascunho copiado.</translation>
    </message>
    <message>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Ctrl+J follow-ups · Ctrl+I statistics · Ctrl+, settings · F1 about · Esc close</source>
        <translation>Enter copiar · Ctrl+Enter copiar e continuar · Alt+1-9 escolher · Ctrl+D favorita · Ctrl+←/→ categoria · Ctrl+N nova reclamação · Ctrl+K checklist · Ctrl+T verificar tom · Ctrl+E editar · Ctrl+J acompanhamentos · Ctrl+I estatísticas · Ctrl+, configurações · F1 sobre · Esc fechar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N complaint from the message</source>
        <translation>Ctrl+Shift+N reclamação a partir da mensagem</translation>
    </message>
    <message>
        <source>Alt+1-9 fix · Ctrl+Z undo · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 corrigir · Ctrl+Z desfazer · Alt+↑/↓ apontamento · Ctrl+Enter copiar rascunho · Ctrl+T frases · Esc fechar</translation>
    </message>
    <message>
        <source>Already sent to this customer at %s.</source>
        <translation>Já enviada a este cliente às %s.</translation>
    </message>
    <message>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Quase as mesmas palavras foram para este cliente às %s.</translation>
    </message>
    <message>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R: “%s” em vez disso.</translation>
    </message>
    <message>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Nenhuma frase de “%s” corresponde a “%s”.</translation>
    </message>
    <message>
        <source>No phrase in “%s”.</source>
        <translation>Nenhuma frase em “%s”.</translation>
    </message>
    <message>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Pressione Ctrl+0 para buscar em todas as categorias.</translation>
    </message>
    <message>
        <source>No phrases loaded.</source>
        <translation>Nenhuma frase carregada.</translation>
    </message>
    <message>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Nada na biblioteca tem a ver com “%s”.

Navegue por uma categoria acima (Ctrl+←/→), ou tente outras palavras: desculpe, espera, reembolso, supervisor…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
</context>
<context>
    <name>ReadingAnger</name>
    <message>
        <source>Calm</source>
        <translation>Calmo</translation>
    </message>
    <message>
        <source>Annoyed</source>
        <translation>Incomodado</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Irritado</translation>
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
        <translation>troca</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>conserto</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>retorno de ligação</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explicação</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensação</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualização</translation>
    </message>
    <message>
        <source>apology</source>
        <translation>desculpas</translation>
    </message>
    <message>
        <source>delete data</source>
        <translation>apagar dados</translation>
    </message>
</context>
<context>
    <name>ReadingLine</name>
    <message>
        <source>The customer&apos;s message</source>
        <translation>A mensagem do cliente</translation>
    </message>
    <message>
        <source>Message: </source>
        <translation>Mensagem: </translation>
    </message>
    <message>
        <source>Not read: the clipboard looks like a password or card number.</source>
        <translation>Não lida: a área de transferência parece uma senha ou um número de cartão.</translation>
    </message>
    <message>
        <source>asks: %s</source>
        <translation>pede: %s</translation>
    </message>
    <message>
        <source>threatens: %s</source>
        <translation>ameaça: %s</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>contato repetido</translation>
    </message>
    <message>
        <source>needs it %s</source>
        <translation>prazo: %s</translation>
    </message>
    <message>
        <source>has a deadline</source>
        <translation>tem prazo</translation>
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
        <translation>processo</translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation>estorno</translation>
    </message>
    <message>
        <source>review</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>sair</translation>
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
        <translation>danificado</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>item errado</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>cobrança</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>service</source>
        <translation>atendimento</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancelamento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
</context>
<context>
    <name>ReminderControl</name>
    <message>
        <source>%s has waited longer than the reply target.</source>
        <translation>%s está esperando mais do que a meta de resposta.</translation>
    </message>
    <message>
        <source>%s has waited %d min past the reply target.</source>
        <translation>%s está esperando %d min além da meta de resposta.</translation>
    </message>
    <message>
        <source>CalmDesk: reply target missed</source>
        <translation>CalmDesk: meta de resposta perdida</translation>
    </message>
    <message>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk: %s</translation>
    </message>
    <message>
        <source>follow-up due</source>
        <translation>hora do acompanhamento</translation>
    </message>
    <message>
        <source>time to check in</source>
        <translation>hora de dar retorno</translation>
    </message>
    <message>
        <source>a promise is due</source>
        <translation>uma promessa vence agora</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>lembrete</translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Um lembrete venceu.</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Dar retorno</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencido</translation>
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
        <translation>Relógio de resposta</translation>
    </message>
    <message>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Os passos servem de guia; inicie uma reclamação para marcá-los.</translation>
    </message>
    <message>
        <source>Open for %s</source>
        <translation>Aberta há %s</translation>
    </message>
    <message>
        <source>you asked, their turn %s · Ctrl+R when they reply</source>
        <translation>você perguntou, a vez é do cliente %s · Ctrl+R quando ele responder</translation>
    </message>
    <message>
        <source>waiting %s of %s</source>
        <translation>aguardando %s de %s</translation>
    </message>
    <message>
        <source>reply soon</source>
        <translation>responda logo</translation>
    </message>
    <message>
        <source>reply now</source>
        <translation>responda agora</translation>
    </message>
    <message>
        <source>waiting %s</source>
        <translation>aguardando %s</translation>
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
        <translation> (correspondência parcial)</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (em %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>O nome com que você assina, ex.: Sam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your company or team, e.g. Acme</source>
        <translation>Sua empresa ou equipe, ex.: Acme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Oferecido nas respostas públicas, ex.: ajuda@acme.example</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>E-mail de suporte</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>Pa&amp;drão</translation>
    </message>
    <message>
        <source>&amp;Paste into the previous window after copying</source>
        <translation>&amp;Colar na janela anterior depois de copiar</translation>
    </message>
    <message>
        <source>C&amp;lose the search after copying</source>
        <translation>&amp;Fechar a busca depois de copiar</translation>
    </message>
    <message>
        <source>Show the full te&amp;xt of the selected phrase</source>
        <translation>Mostrar o te&amp;xto completo da frase selecionada</translation>
    </message>
    <message>
        <source>Start CalmDesk &amp;when you log in</source>
        <translation>Iniciar o CalmDesk ao e&amp;ntrar na sessão</translation>
    </message>
    <message>
        <source>Not supported on this system yet</source>
        <translation>Ainda não é compatível com este sistema</translation>
    </message>
    <message>
        <source>The autostart entry %s</source>
        <translation>A entrada de início automático %s</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Adicionar &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Seu nome:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation>E-&amp;mail de suporte:</translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation>&amp;Atalho:</translation>
    </message>
    <message>
        <source>&amp;Team packs:</source>
        <translation>Pacotes da equ&amp;ipe:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>T&amp;imes and complaints</source>
        <translation>&amp;Tempos e reclamações</translation>
    </message>
    <message>
        <source>“%s” does not look like an email address, e.g. help@acme.example.</source>
        <translation>“%s” não parece um endereço de e-mail, ex.: help@acme.example.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %s</source>
        <translation>Não foi possível mudar o início ao entrar na sessão: %s</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Ad&amp;just in the desktop&apos;s settings…</source>
        <translation>A&amp;justar nas configurações da área de trabalho…</translation>
    </message>
    <message>
        <source>This desktop keeps the key: change it there.</source>
        <translation>Esta área de trabalho controla a tecla: altere-a lá.</translation>
    </message>
    <message>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Clique e pressione a combinação de teclas que abre a busca</translation>
    </message>
    <message>
        <source>Reset hotkey to the default</source>
        <translation>Voltar ao atalho padrão</translation>
    </message>
    <message>
        <source>Gi&amp;ve my clipboard back after pasting</source>
        <translation>De&amp;volver minha área de transferência depois de colar</translation>
    </message>
    <message>
        <source>What you had copied before returns once the phrase is pasted.</source>
        <translation>O que você tinha copiado volta depois que a frase é colada.</translation>
    </message>
    <message>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Uma pasta por linha, ex.: uma pasta compartilhada da sua liderança</translation>
    </message>
    <message>
        <source>Team pack folders</source>
        <translation>Pastas de pacotes da equipe</translation>
    </message>
    <message>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Os pacotes de frases destas pastas também são carregados, e recarregados quando mudam</translation>
    </message>
    <message>
        <source>Add a team pack folder</source>
        <translation>Adicionar uma pasta de pacotes da equipe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>This hotkey cannot be used: %s</source>
        <translation>Este atalho não pode ser usado: %s</translation>
    </message>
    <message>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>É preciso um atalho para abrir a busca: o campo voltou para %s. Pressione OK para mantê-lo, ou escolha outra tecla.</translation>
    </message>
    <message>
        <source>Could not save the settings: %s</source>
        <translation>Não foi possível salvar as configurações: %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Complaints per day (last 14 days)</source>
        <translation>Reclamações por dia (últimos 14 dias)</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>Phrases you use most</source>
        <translation>Frases que você mais usa</translation>
    </message>
    <message>
        <source>Steps most often skipped</source>
        <translation>Passos mais pulados</translation>
    </message>
    <message>
        <source>Your statistics</source>
        <translation>Suas estatísticas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Phrases used least and never</source>
        <translation>Frases menos usadas e nunca usadas</translation>
    </message>
    <message>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Só neste computador: estes números nunca são enviados para lugar nenhum.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) (%d closed)</source>
        <translation>
            <numerusform>%n reclamação (encerradas: %d)</numerusform>
            <numerusform>%n reclamações (encerradas: %d)</numerusform>
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
        <translation>tempo mediano até o encerramento: %s</translation>
    </message>
    <message>
        <source>none closed yet</source>
        <translation>nenhuma encerrada ainda</translation>
    </message>
    <message>
        <source>reply targets: %d met, %d missed</source>
        <translation>metas de resposta: %d cumpridas, %d não cumpridas</translation>
    </message>
    <message>
        <source>No complaints yet.</source>
        <translation>Nenhuma reclamação ainda.</translation>
    </message>
    <message>
        <source>No phrase copied yet.</source>
        <translation>Nenhuma frase copiada ainda.</translation>
    </message>
    <message>
        <source>No closed complaint yet.</source>
        <translation>Nenhuma reclamação encerrada ainda.</translation>
    </message>
    <message>
        <source>Used least: %s.</source>
        <translation>Menos usadas: %s.</translation>
    </message>
    <message>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Marcadas como eficazes (Ctrl+G na busca): %s.</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>não informado</translation>
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
        <translation>O que fazer neste passo</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evite</translation>
    </message>
    <message>
        <source>Say instead</source>
        <translation>Diga em vez disso</translation>
    </message>
    <message>
        <source>Their message threatens %s</source>
        <translation>A mensagem ameaça: %s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>%s (skipped)</source>
        <translation>%s (pulada)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não feito</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Favoritas e frases recentes estão desativadas por enquanto</translation>
    </message>
    <message>
        <source>About your CalmDesk data</source>
        <translation>Sobre seus dados do CalmDesk</translation>
    </message>
    <message>
        <source>Your own phrases could not be loaded</source>
        <translation>Não foi possível carregar suas próprias frases</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <source>Promised times</source>
        <translation>Horários prometidos</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Início do expediente</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fim do expediente</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>segunda-feira</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>terça-feira</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>quarta-feira</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>quinta-feira</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>sexta-feira</translation>
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
        <translation>Arredondar os horários prometidos para</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>&amp;Horário:</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>&amp;Dias úteis:</translation>
    </message>
    <message>
        <source>Rou&amp;nd promised times up to:</source>
        <translation>Arredo&amp;ndar horários prometidos para:</translation>
    </message>
    <message>
        <source>“%s” is not a time; write it like 16:30 or 1630.</source>
        <translation>“%s” não é um horário; escreva como 16:30 ou 1630.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>O expediente precisa terminar depois de começar.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Escolha pelo menos um dia útil.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Complaint checklist</source>
        <translation>Checklist da reclamação</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>Nova reclamação…</translation>
    </message>
    <message>
        <source>Customer replied (restart the reply clock)</source>
        <translation>O cliente respondeu (reiniciar o relógio de resposta)</translation>
    </message>
    <message>
        <source>Follow-ups and history…</source>
        <translation>Acompanhamentos e histórico…</translation>
    </message>
    <message>
        <source>Edit phrases…</source>
        <translation>Editar frases…</translation>
    </message>
    <message>
        <source>Your statistics…</source>
        <translation>Suas estatísticas…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>About CalmDesk</source>
        <translation>Sobre o CalmDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Open phrase search</source>
        <translation>Abrir a busca de frases</translation>
    </message>
    <message>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk: respostas calmas para chats difíceis</translation>
    </message>
    <message>
        <source>Press %s to search phrases</source>
        <translation>Pressione %s para buscar frases</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <source>One minute for you</source>
        <translation>Um minuto para você</translation>
    </message>
    <message>
        <source>Unwind</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo da respiração</translation>
    </message>
    <message>
        <source>Done. Well handled.</source>
        <translation>Pronto. Muito bem.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>Inspire…</translation>
    </message>
    <message>
        <source>…and out, slowly</source>
        <translation>…e solte o ar, devagar</translation>
    </message>
    <message>
        <source>%d s left</source>
        <translation>Faltam %d s</translation>
    </message>
</context>
<context>
    <name>VersionPanel</name>
    <message>
        <source>Pick a language to edit its version</source>
        <translation>Escolha um idioma para editar a versão</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versões por idioma</translation>
    </message>
    <message>
        <source>Language of the text below</source>
        <translation>Idioma do texto abaixo</translation>
    </message>
    <message>
        <source>↩ no version: agents get the English one</source>
        <translation>↩ sem versão: os agentes recebem a em inglês</translation>
    </message>
    <message>
        <source>Editing the %s version.</source>
        <translation>Editando a versão em %s.</translation>
    </message>
    <message>
        <source>↩ No %1 version yet: agents get the %2 one, shown below. Write over it and save to add the %1 version.</source>
        <translation>↩ Ainda não há versão em %1: os agentes recebem a versão em %2, mostrada abaixo. Escreva por cima e salve para adicionar a versão em %1.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Pressione %s ao lado do seu chat para encontrar uma frase.</translation>
    </message>
    <message>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>O menu do ícone na bandeja tem o checklist da reclamação, suas frases e as configurações.</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Iniciar com minha sessão</translation>
    </message>
    <message>
        <source>To have it ready at every login, tick “Start CalmDesk when you log in” in the settings (or run: calmdesk autostart on).</source>
        <translation>Para tê-lo pronto a cada login, marque “Iniciar o CalmDesk ao entrar na sessão” nas configurações (ou execute: calmdesk autostart on).</translation>
    </message>
    <message>
        <source>CalmDesk cannot start with your session</source>
        <translation>O CalmDesk não pode iniciar com a sua sessão</translation>
    </message>
    <message>
        <source>CalmDesk will start with your session</source>
        <translation>O CalmDesk vai iniciar com a sua sessão</translation>
    </message>
    <message>
        <source>It will be ready at every login. The settings can turn this off.</source>
        <translation>Ele estará pronto a cada login. Você pode desativar isso nas configurações.</translation>
    </message>
    <message>
        <source>CalmDesk is running</source>
        <translation>O CalmDesk está rodando</translation>
    </message>
</context>
<context>
    <name>WhoseLabel</name>
    <message numerus="yes">
        <source>(%n more open: Ctrl+PgUp/PgDn)</source>
        <translation>
            <numerusform>(mais %n aberta: Ctrl+PgUp/PgDn)</numerusform>
            <numerusform>(mais %n abertas: Ctrl+PgUp/PgDn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling for: </source>
        <translation>Preenchendo para: </translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <source>Add my name…</source>
        <translation>Inserir o meu nome…</translation>
    </message>
    <message numerus="yes">
        <source>%d in %n pack(s)</source>
        <translation>
            <numerusform>%d em %n pacote</numerusform>
            <numerusform>%d em %n pacotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>The phrase editor is not available</source>
        <translation>O editor de frases não está disponível</translation>
    </message>
    <message>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>Não foi possível abrir o arquivo de dados do CalmDesk, então suas frases não podem ser salvas.</translation>
    </message>
</context>
</TS>
