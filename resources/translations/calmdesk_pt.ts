<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="53"/>
        <source>Press %s beside your chat to find a phrase.</source>
        <translation>Pressione %s ao lado do seu chat para encontrar uma frase.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="55"/>
        <source>The tray icon&apos;s menu has the complaint checklist, your phrases and the settings.</source>
        <translation>O menu do ícone na bandeja tem o checklist da reclamação, suas frases e as configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/welcome.py" line="56"/>
        <source>CalmDesk is running</source>
        <translation>O CalmDesk está rodando</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>Export your phrases</source>
        <translation>Exportar suas frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="330"/>
        <source>CalmDesk pack (*.toml);;CSV (*.csv)</source>
        <translation>Pacote do CalmDesk (*.toml);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="344"/>
        <source>Not exported: %s</source>
        <translation>Não exportado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="345"/>
        <source>Exported %d phrases to %s</source>
        <translation>%d frases exportadas para %s</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="25"/>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="32"/>
        <source>About CalmDesk</source>
        <translation>Sobre o CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="28"/>
        <source>CalmDesk logo</source>
        <translation>Logotipo do CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="48"/>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="49"/>
        <source>Your data</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="50"/>
        <source>Your phrase packs</source>
        <translation>Seus pacotes de frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="58"/>
        <source>Calm, ready-made replies for support agents facing an upset customer.</source>
        <translation>Respostas calmas e prontas para agentes de atendimento diante de um cliente chateado.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/about_dialog.py" line="59"/>
        <source>Works fully offline: nothing you type ever leaves this computer.</source>
        <translation>Funciona totalmente offline: nada do que você digita sai deste computador.</translation>
    </message>
</context>
<context>
    <name>CalmDesk</name>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="117"/>
        <source>Some settings were not understood</source>
        <translation>Algumas configurações não foram entendidas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/main.py" line="155"/>
        <source>Copied, not pasted</source>
        <translation>Copiado, não colado</translation>
    </message>
</context>
<context>
    <name>CategoryBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="139"/>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="166"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="167"/>
        <source>Phrases of every category</source>
        <translation>Frases de todas as categorias</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/category_bar.py" line="168"/>
        <source>Category: %s</source>
        <translation>Categoria: %s</translation>
    </message>
</context>
<context>
    <name>CheckPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="68"/>
        <source>Tone check</source>
        <translation>Verificação de tom</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="69"/>
        <source>Tone check summary</source>
        <translation>Resumo da verificação de tom</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="75"/>
        <source>Type or paste your reply here: words that could make things worse are underlined.</source>
        <translation>Digite ou cole sua resposta aqui: as palavras que podem piorar a situação ficam sublinhadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="77"/>
        <source>Draft reply</source>
        <translation>Rascunho da resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="79"/>
        <source>Tone findings</source>
        <translation>Apontamentos de tom</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="83"/>
        <source>Fixes for the selected finding</source>
        <translation>Correções para o apontamento escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="124"/>
        <source>Say instead: “%s”</source>
        <translation>Diga em vez disso: “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="126"/>
        <source>Leave out “%s”</source>
        <translation>Tire “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="133"/>
        <source>Use the phrase “%s”</source>
        <translation>Use a frase “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="198"/>
        <source>Tone check: write or paste your reply below</source>
        <translation>Verificação de tom: escreva ou cole sua resposta abaixo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="201"/>
        <source>Tone check: reads calmly</source>
        <translation>Verificação de tom: o texto está calmo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="203"/>
        <source>Tone check: 1 thing to look at</source>
        <translation>Verificação de tom: 1 ponto para revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="204"/>
        <source>Tone check: %d things to look at</source>
        <translation>Verificação de tom: %d pontos para revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="209"/>
        <source>No %s</source>
        <translation>Sem %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="220"/>
        <source>Nothing to change: the draft reads calmly.</source>
        <translation>Nada para mudar: o rascunho está calmo.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/check_pane.py" line="223"/>
        <source>Rewrite this part in your own words (Alt+↑/↓ next finding).</source>
        <translation>Reescreva este trecho com suas palavras (Alt+↑/↓ próximo apontamento).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="103"/>
        <source>New…</source>
        <translation>Nova…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="117"/>
        <source>Close complaint…</source>
        <translation>Encerrar a reclamação…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="124"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="125"/>
        <source>Complaint checklist</source>
        <translation>Checklist da reclamação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="126"/>
        <source>Open complaints</source>
        <translation>Reclamações abertas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="127"/>
        <source>New complaint</source>
        <translation>Nova reclamação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="128"/>
        <source>Start a new complaint (Ctrl+N)</source>
        <translation>Iniciar uma nova reclamação (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="129"/>
        <source>Reply clock</source>
        <translation>Relógio de resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="133"/>
        <source>Checklist steps</source>
        <translation>Passos do checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="135"/>
        <source>What to do in this step</source>
        <translation>O que fazer neste passo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="140"/>
        <source>Phrases for this step</source>
        <translation>Frases para este passo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="146"/>
        <source>Close complaint</source>
        <translation>Encerrar a reclamação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="218"/>
        <source>No complaint open: Ctrl+N starts one</source>
        <translation>Nenhuma reclamação aberta: Ctrl+N inicia uma</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="304"/>
        <source>Typing does nothing here: click the chat window to write.</source>
        <translation>Digitar aqui não faz nada: clique na janela do chat para escrever.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="321"/>
        <source>Start a complaint first (Ctrl+N).</source>
        <translation>Inicie uma reclamação primeiro (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Unticked %s · Ctrl+Z undoes</source>
        <translation>%s desmarcado · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="326"/>
        <source>Ticked %s · Ctrl+Z undoes</source>
        <translation>%s marcado · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="333"/>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Ticked %s again</source>
        <translation>%s marcado de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="341"/>
        <source>Unticked %s</source>
        <translation>%s desmarcado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="397"/>
        <source>Could not copy: %s</source>
        <translation>Não foi possível copiar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="400"/>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="422"/>
        <source>The steps work as a guide; start a complaint to tick them.</source>
        <translation>Os passos servem de guia; inicie uma reclamação para marcá-los.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="427"/>
        <source>Open for %s</source>
        <translation>Aberta há %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="429"/>
        <source>waiting %s of %s</source>
        <translation>aguardando %s de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply soon</source>
        <translation>responda logo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="431"/>
        <source>reply now</source>
        <translation>responda agora</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="435"/>
        <source>waiting %s</source>
        <translation>aguardando %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_panel.py" line="445"/>
        <source>↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide</source>
        <translation>↑↓ passo · Espaço marcar · Tab frases · Enter copiar · Esc esconder</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="36"/>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="57"/>
        <source>Close complaint</source>
        <translation>Encerrar a reclamação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="38"/>
        <source>Close the complaint of %s. Follow up later?</source>
        <translation>Encerrar a reclamação de %s. Acompanhar depois?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="42"/>
        <source>No follow-up</source>
        <translation>Sem acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="43"/>
        <source>In 4 hours</source>
        <translation>Em 4 horas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="44"/>
        <source>Tomorrow, same time</source>
        <translation>Amanhã, no mesmo horário</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="45"/>
        <source>In 2 days</source>
        <translation>Em 2 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="46"/>
        <source>In a week</source>
        <translation>Em uma semana</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="50"/>
        <source>At…</source>
        <translation>Às…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="51"/>
        <source>Follow up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="52"/>
        <source>friday 15:00, 2026-12-24 09:00, 3h</source>
        <translation>sexta 15:00, 2026-12-24 09:00, 3h</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/close_dialog.py" line="53"/>
        <source>Follow-up time</source>
        <translation>Horário do acompanhamento</translation>
    </message>
</context>
<context>
    <name>ComplaintControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="79"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>Complaints are off</source>
        <translation>As reclamações estão desativadas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="113"/>
        <source>CalmDesk could not open its data file.</source>
        <translation>O CalmDesk não conseguiu abrir o arquivo de dados.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="163"/>
        <source>Follow up with %s</source>
        <translation>Acompanhar %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="172"/>
        <source>Stand up, breathe out slowly, and let this one go.</source>
        <translation>Levante, solte o ar devagar e deixe essa conversa para trás.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>That was a hard one. %s</source>
        <translation>Essa foi difícil. %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="174"/>
        <source>One minute</source>
        <translation>Um minuto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="181"/>
        <source>The next customer can wait one minute.</source>
        <translation>O próximo cliente pode esperar um minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="220"/>
        <source>Promised %s: %s</source>
        <translation>Prometido %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="222"/>
        <source>You promised %s. Remind you then?</source>
        <translation>Você prometeu %s. Quer que eu lembre na hora?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="223"/>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="232"/>
        <source>Remind me</source>
        <translation>Me lembrar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="228"/>
        <source>Check in with %s</source>
        <translation>Dar retorno para %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="230"/>
        <source>Remind you to check in with %s at %s?</source>
        <translation>Lembrar de dar retorno para %s às %s?</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="251"/>
        <source>CalmDesk: %s</source>
        <translation>CalmDesk: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="252"/>
        <source>follow-up due</source>
        <translation>hora do acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="253"/>
        <source>time to check in</source>
        <translation>hora de dar retorno</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="254"/>
        <source>a promise is due</source>
        <translation>uma promessa vence agora</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="255"/>
        <source>reminder</source>
        <translation>lembrete</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/complaint_control.py" line="256"/>
        <source>A reminder is due.</source>
        <translation>Um lembrete venceu.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="46"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="47"/>
        <source>New complaint</source>
        <translation>Nova reclamação</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="53"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="55"/>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="59"/>
        <source>(not said)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>1 annoyed</source>
        <translation>1 incomodado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>2 upset</source>
        <translation>2 chateado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>3 angry</source>
        <translation>3 irritado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="60"/>
        <source>4 very angry</source>
        <translation>4 muito irritado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="61"/>
        <source>5 furious</source>
        <translation>5 furioso</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="65"/>
        <source>(your language)</source>
        <translation>(seu idioma)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="69"/>
        <source>e.g. Ana Souza</source>
        <translation>ex.: Ana Souza</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>Ticket or order</source>
        <translation>Protocolo ou pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="70"/>
        <source>e.g. #10442</source>
        <translation>ex.: #10442</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>Topic</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="71"/>
        <source>e.g. late refund</source>
        <translation>ex.: reembolso atrasado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="76"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="77"/>
        <source>How angry</source>
        <translation>Nível de irritação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="78"/>
        <source>Customer&apos;s language</source>
        <translation>Idioma do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="79"/>
        <source>Every field is optional. Enter starts the complaint.</source>
        <translation>Todos os campos são opcionais. Enter inicia a reclamação.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="81"/>
        <source>Start</source>
        <translation>Iniciar</translation>
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
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="91"/>
        <source>T&amp;opic:</source>
        <translation>A&amp;ssunto:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="92"/>
        <source>&amp;Anger:</source>
        <translation>I&amp;rritação:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_form.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="24"/>
        <source>Complaints</source>
        <translation>Reclamações</translation>
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
        <translation>Telefone (em espera)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="29"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
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
        <translation>Meta de resposta, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="36"/>
        <source>The clock turns amber shortly before this and red after it</source>
        <translation>O relógio fica amarelo pouco antes deste prazo e vermelho depois</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="40"/>
        <source>Check-in reminder after a wait phrase</source>
        <translation>Lembrete de dar retorno depois de uma frase de espera</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="41"/>
        <source>Copying a phrase ticks the checklist step it serves</source>
        <translation>Copiar uma frase marca o passo do checklist que ela atende</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="44"/>
        <source>Offer a one-minute break after a hard complaint</source>
        <translation>Oferecer um minuto de pausa depois de uma reclamação difícil</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="54"/>
        <source>Reply within:</source>
        <translation>Responder em até:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/complaint_settings.py" line="58"/>
        <source>Check in after:</source>
        <translation>Dar retorno depois de:</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/complaint_watch.py" line="123"/>
        <source>Complaints are off for now: CalmDesk could not open its data file.</source>
        <translation>As reclamações estão desativadas por enquanto: o CalmDesk não conseguiu abrir o arquivo de dados.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="83"/>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="84"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="86"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="521"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
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
        <translation>Editor de frases do CalmDesk</translation>
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
        <translation>Filtro de categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="100"/>
        <source>Pack filter</source>
        <translation>Filtro de pacote</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="119"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <source>Yours (customized)</source>
        <translation>Suas (personalizadas)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="124"/>
        <source>Where this phrase comes from</source>
        <translation>De onde vem esta frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="128"/>
        <source>New phrase (Ctrl+N)</source>
        <translation>Nova frase (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="129"/>
        <source>Copy this phrase as a new one of yours (Ctrl+Shift+D)</source>
        <translation>Copiar esta frase como uma nova sua (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="130"/>
        <source>Save now (Ctrl+S)</source>
        <translation>Salvar agora (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="131"/>
        <source>Delete your phrase, or revert a customized one (Delete; Ctrl+Z undoes)</source>
        <translation>Excluir sua frase, ou voltar ao original de uma personalizada (Delete; Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="132"/>
        <source>Make your own copy of this phrase; it replaces the original everywhere</source>
        <translation>Fazer sua própria cópia desta frase; ela substitui o original em todo lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="133"/>
        <source>Hide this phrase from the picker, or show it again</source>
        <translation>Ocultar esta frase da busca, ou mostrá-la de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="134"/>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marcar como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="135"/>
        <source>Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)</source>
        <translation>Adicionar frases do Espanso, Beeftext, CSV ou de um pacote do CalmDesk (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="136"/>
        <source>Save your phrases as a CalmDesk pack or a CSV file</source>
        <translation>Salvar suas frases como pacote do CalmDesk ou arquivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="250"/>
        <source>A new phrase of yours (not saved yet)</source>
        <translation>Uma nova frase sua (ainda não salva)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="260"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="275"/>
        <source>Not saved: %s</source>
        <translation>Não salvo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="278"/>
        <source>Saved “%s”.</source>
        <translation>“%s” salva.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="286"/>
        <source>copy</source>
        <translation>cópia</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="288"/>
        <source>Duplicated as “%s”.</source>
        <translation>Duplicada como “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="298"/>
        <source>Your copy of “%s” now replaces the original.</source>
        <translation>Sua cópia de “%s” agora substitui o original.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="313"/>
        <source>Reverted “%s” to the original. Ctrl+Z undoes.</source>
        <translation>“%s” voltou ao original. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="315"/>
        <source>Deleted “%s”. Ctrl+Z undoes.</source>
        <translation>“%s” excluída. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="325"/>
        <source>Brought back.</source>
        <translation>Recuperada.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="327"/>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Hidden from the picker.</source>
        <translation>Oculta na busca.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="335"/>
        <source>Shown in the picker again.</source>
        <translation>Aparece de novo na busca.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>★ Added to favourites</source>
        <translation>★ Adicionada às favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="349"/>
        <source>Removed from favourites</source>
        <translation>Removida das favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="358"/>
        <source>Imported %d phrases.</source>
        <translation>%d frases importadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="413"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="417"/>
        <source>All packs</source>
        <translation>Todos os pacotes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="419"/>
        <source>Your phrases</source>
        <translation>Suas frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="450"/>
        <source>%d phrases</source>
        <translation>%d frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="462"/>
        <source>Built-in</source>
        <translation>Incluída</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="464"/>
        <source>Team: %s</source>
        <translation>Equipe: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="465"/>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="470"/>
        <source>Built-in: %s</source>
        <translation>Incluída: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="472"/>
        <source>Team pack: %s</source>
        <translation>Pacote da equipe: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="474"/>
        <source>Yours, customized from %s</source>
        <translation>Sua, personalizada a partir de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="475"/>
        <source>, from %s</source>
        <translation>, de %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="499"/>
        <source>Pick a phrase on the left, or press Ctrl+N for a new one.</source>
        <translation>Escolha uma frase à esquerda, ou pressione Ctrl+N para criar uma.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="503"/>
        <source>read-only: Customize makes your own copy</source>
        <translation>somente leitura: Personalizar cria sua própria cópia</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_window.py" line="505"/>
        <source>hidden from the picker</source>
        <translation>oculta na busca</translation>
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
        <translation>Preencher os campos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="49"/>
        <source>Fill-in hint</source>
        <translation>Dica para preencher</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="93"/>
        <source>default: %s</source>
        <translation>padrão: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="95"/>
        <source>required</source>
        <translation>obrigatório</translation>
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
        <translation>Incluir esta parte da frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="120"/>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/fill_form.py" line="187"/>
        <source>Please fill in: %s</source>
        <translation>Preencha: %s</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="46"/>
        <source>Snooze 10 &amp;min</source>
        <translation>Adiar 10 &amp;min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="47"/>
        <source>Snooze 1 h&amp;our</source>
        <translation>Adiar 1 &amp;hora</translation>
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
        <translation>Acompanhamentos e histórico</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="54"/>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="55"/>
        <source>Closed complaints</source>
        <translation>Reclamações encerradas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="88"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Lembretes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="89"/>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="116"/>
        <source>Could not write %s: %s</source>
        <translation>Não foi possível gravar %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="118"/>
        <source>Wrote %d complaints to %s</source>
        <translation>%d reclamações gravadas em %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followups_window.py" line="123"/>
        <source>Export history</source>
        <translation>Exportar o histórico</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="97"/>
        <source>Closed</source>
        <translation>Encerrada</translation>
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
        <translation>Irritação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="101"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="102"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="103"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="104"/>
        <source>Target met</source>
        <translation>Meta cumprida</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="130"/>
        <source>Missed</source>
        <translation>Não cumprida</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="97"/>
        <source>&amp;File…</source>
        <translation>&amp;Arquivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="98"/>
        <source>F&amp;older…</source>
        <translation>&amp;Pasta…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="100"/>
        <source>&amp;Replace my phrases that have the same id</source>
        <translation>&amp;Substituir minhas frases com o mesmo id</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="101"/>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualizar</translation>
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
        <translation>Espanso (arquivo de match ou pasta)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="111"/>
        <source>Beeftext (JSON or CSV export)</source>
        <translation>Beeftext (exportação JSON ou CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="112"/>
        <source>CSV (TextExpander and others)</source>
        <translation>CSV (TextExpander e outros)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="113"/>
        <source>CalmDesk pack (.toml)</source>
        <translation>Pacote do CalmDesk (.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="116"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="117"/>
        <source>File or folder to import</source>
        <translation>Arquivo ou pasta para importar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="118"/>
        <source>Path of the file or folder</source>
        <translation>Caminho do arquivo ou da pasta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="122"/>
        <source>Category when the words do not suggest one</source>
        <translation>Categoria quando as palavras não sugerem nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="124"/>
        <source>Reading</source>
        <translation>Leitura</translation>
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
        <translation>Pré-visualização da importação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="130"/>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="149"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="150"/>
        <source>F&amp;rom:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="151"/>
        <source>&amp;Category otherwise:</source>
        <translation>&amp;Categoria senão:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="182"/>
        <source>Pick a file or folder first.</source>
        <translation>Escolha primeiro um arquivo ou uma pasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="198"/>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="207"/>
        <source>Your CalmDesk data file is not open, so nothing can be imported.</source>
        <translation>Seu arquivo de dados do CalmDesk não está aberto, então nada pode ser importado.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="215"/>
        <source>Nothing was imported: %s</source>
        <translation>Nada foi importado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="237"/>
        <source>Will add (%d)</source>
        <translation>Serão adicionadas (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="239"/>
        <source>Will customize (%d)</source>
        <translation>Serão personalizadas (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="240"/>
        <source>replaces the built-in</source>
        <translation>substitui a incluída</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>Will replace (%d)</source>
        <translation>Serão substituídas (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="242"/>
        <source>overwrites yours</source>
        <translation>sobrescreve a sua</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="243"/>
        <source>Skipped (%d)</source>
        <translation>Ignoradas (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="244"/>
        <source>Notes (%d)</source>
        <translation>Observações (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="253"/>
        <source>… and %d more</source>
        <translation>… e mais %d</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="256"/>
        <source>%d to import.</source>
        <translation>%d para importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="258"/>
        <source>Left out: %s.</source>
        <translation>Ficaram de fora: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="259"/>
        <source>A backup of your data is made first.</source>
        <translation>Antes é feito um backup dos seus dados.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="266"/>
        <source>Cannot import: %s</source>
        <translation>Não é possível importar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="278"/>
        <source>Import phrases from</source>
        <translation>Importar frases de</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="280"/>
        <source>Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)</source>
        <translation>Trechos (*.yml *.yaml *.json *.csv *.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/import_dialog.py" line="289"/>
        <source>Import an Espanso folder</source>
        <translation>Importar uma pasta do Espanso</translation>
    </message>
</context>
<context>
    <name>LibraryControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="81"/>
        <source>Some phrase packs could not be loaded; the others work as usual</source>
        <translation>Alguns pacotes de frases não puderam ser carregados; os outros funcionam normalmente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/library_control.py" line="149"/>
        <source>A phrase pack has a problem; the others work as usual</source>
        <translation>Um pacote de frases tem um problema; os outros funcionam normalmente</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="70"/>
        <source>The hotkey %s is not available</source>
        <translation>O atalho %s não está disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="71"/>
        <source>%s

Pick another key in Settings, or bind “calmdesk show” to a key in your desktop.</source>
        <translation>%s

Escolha outra tecla nas Configurações, ou associe “calmdesk show” a uma tecla no seu ambiente de trabalho.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="104"/>
        <source>Something went wrong: %s</source>
        <translation>Algo deu errado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="105"/>
        <source>CalmDesk keeps running. Details are in %s.</source>
        <translation>O CalmDesk continua rodando. Os detalhes estão em %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="116"/>
        <source>The hotkey %s is not available: %s</source>
        <translation>O atalho %s não está disponível: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="120"/>
        <source>CalmDesk cannot listen for a global key on this desktop.</source>
        <translation>O CalmDesk não consegue ouvir uma tecla global neste ambiente de trabalho.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="122"/>
        <source>This desktop has no system tray, so CalmDesk shows no icon.</source>
        <translation>Este ambiente de trabalho não tem bandeja do sistema, então o CalmDesk não mostra ícone.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="132"/>
        <source>… and %d more</source>
        <translation>… e mais %d</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="135"/>
        <source>Everything else works. “Show Details” has the full list.</source>
        <translation>Todo o resto funciona. “Mostrar detalhes” tem a lista completa.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk started with some problems</source>
        <translation>O CalmDesk iniciou com alguns problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="137"/>
        <source>CalmDesk is running</source>
        <translation>O CalmDesk está rodando</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="151"/>
        <source>CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search.</source>
        <translation>O CalmDesk continua rodando: pressione %s, ou execute “calmdesk show”, para abrir a busca de frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="156"/>
        <source>To open the phrase search, bind the command “calmdesk show” to a key in your desktop&apos;s keyboard settings (docs/hotkeys.md shows how)</source>
        <translation>Para abrir a busca de frases, associe o comando “calmdesk show” a uma tecla nas configurações de teclado do seu ambiente de trabalho (docs/hotkeys.md mostra como)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="160"/>
        <source>, or pick another key in Settings</source>
        <translation>, ou escolha outra tecla nas Configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="162"/>
        <source>CalmDesk keeps running. %s.</source>
        <translation>O CalmDesk continua rodando. %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="163"/>
        <source>%s; the tray icon works as well.</source>
        <translation>%s; o ícone da bandeja também funciona.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/notices.py" line="168"/>
        <source>Open Settings</source>
        <translation>Abrir as Configurações</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="18"/>
        <source>No, thanks</source>
        <translation>Não, obrigado</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/offer_bar.py" line="22"/>
        <source>Offer</source>
        <translation>Oferecer</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="60"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="62"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="63"/>
        <source>A few words agents will recognise</source>
        <translation>Algumas palavras que os agentes reconheçam</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="66"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="67"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="68"/>
        <source>Search words, separated by commas: refund, money back</source>
        <translation>Palavras de busca, separadas por vírgulas: reembolso, dinheiro de volta</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="71"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="74"/>
        <source>Checklist step</source>
        <translation>Passo do checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="75"/>
        <source>Phrase text</source>
        <translation>Texto da frase</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="77"/>
        <source>Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)</source>
        <translation>Oi, {{customer_name}}, … (campos entre chaves duplas; {{days: 1-2 | 3-5}} oferece uma escolha)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="82"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="85"/>
        <source>Preview with sample values</source>
        <translation>Pré-visualização com valores de exemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="107"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="108"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="109"/>
        <source>Channels:</source>
        <translation>Canais:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="110"/>
        <source>Checklist &amp;step:</source>
        <translation>&amp;Passo do checklist:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="114"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="117"/>
        <source>Preview (sample values):</source>
        <translation>Pré-visualização (valores de exemplo):</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="213"/>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/phrase_form.py" line="220"/>
        <source>The preview shows here as you type.</source>
        <translation>A pré-visualização aparece aqui enquanto você digita.</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/editor/editor_model.py" line="77"/>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Busca de frases do CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="124"/>
        <source>Search phrases: sorry, wait, refund…</source>
        <translation>Buscar frases: desculpe, espera, reembolso…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="125"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="135"/>
        <source>Matching phrases</source>
        <translation>Frases encontradas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="180"/>
        <source>Current complaint</source>
        <translation>Reclamação atual</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="378"/>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="501"/>
        <source>Could not copy: %s</source>
        <translation>Não foi possível copiar: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="381"/>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="403"/>
        <source>Nothing to search for in “%s”: showing all phrases.</source>
        <translation>Nada para buscar em “%s”: mostrando todas as frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="441"/>
        <source>No phrase in “%s” matches “%s”.</source>
        <translation>Nenhuma frase de “%s” corresponde a “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="443"/>
        <source>No phrase in “%s”.</source>
        <translation>Nenhuma frase em “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="444"/>
        <source>Press Ctrl+0 to search every category.</source>
        <translation>Pressione Ctrl+0 para buscar em todas as categorias.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="446"/>
        <source>No phrases loaded.</source>
        <translation>Nenhuma frase carregada.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="450"/>
        <source>Nothing in the library relates to “%s”.

Browse a category above (Ctrl+←/→), or try other words: sorry, wait, refund, manager…</source>
        <translation>Nada na biblioteca tem a ver com “%s”.

Navegue por uma categoria acima (Ctrl+←/→), ou tente outras palavras: desculpe, espera, reembolso, supervisor…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="463"/>
        <source>Could not save the favourite: %s</source>
        <translation>Não foi possível salvar a favorita: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>★ Added to favourites</source>
        <translation>★ Adicionada às favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="468"/>
        <source>Removed from favourites</source>
        <translation>Removida das favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="503"/>
        <source>Draft copied.</source>
        <translation>Rascunho copiado.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="521"/>
        <source>Already sent to this customer at %s.</source>
        <translation>Já enviada a este cliente às %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="523"/>
        <source>Nearly the same words went to this customer at %s.</source>
        <translation>Quase as mesmas palavras foram para este cliente às %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="525"/>
        <source>Ctrl+R: “%s” instead.</source>
        <translation>Ctrl+R: “%s” em vez disso.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="563"/>
        <source>Could not save the mark: %s</source>
        <translation>Não foi possível salvar a marcação: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="567"/>
        <source>Noted: “%s” worked for “%s”.</source>
        <translation>Anotado: “%s” funcionou para “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="569"/>
        <source>Noted: “%s” worked.</source>
        <translation>Anotado: “%s” funcionou.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="577"/>
        <source>Alt+1-9 fix · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close</source>
        <translation>Alt+1-9 corrigir · Alt+↑/↓ apontamento · Ctrl+Enter copiar rascunho · Ctrl+T frases · Esc fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="582"/>
        <source>Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · Ctrl+E edit · Esc close</source>
        <translation>Enter copiar · Ctrl+Enter copiar e continuar · Alt+1-9 escolher · Ctrl+D favorita · Ctrl+←/→ categoria · Ctrl+N nova reclamação · Ctrl+K checklist · Ctrl+T verificar tom · Ctrl+E editar · Esc fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="596"/>
        <source>(%d more open: Ctrl+PgUp/PgDn)</source>
        <translation>(mais %d abertas: Ctrl+PgUp/PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/picker/picker_window.py" line="597"/>
        <source>Filling for: </source>
        <translation>Preenchendo para: </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/preview.py" line="53"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="48"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="50"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="51"/>
        <source>Check in</source>
        <translation>Dar retorno</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="52"/>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/followup_models.py" line="72"/>
        <source>Due</source>
        <translation>Vencido</translation>
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
        <translation> (correspondência parcial)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/results_model.py" line="131"/>
        <source> (in %1)</source>
        <translation> (em %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="69"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="72"/>
        <source>The name you sign replies with, e.g. Sam</source>
        <translation>O nome com que você assina, ex.: Sam</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="73"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="75"/>
        <source>Your company or team, e.g. Acme</source>
        <translation>Sua empresa ou equipe, ex.: Acme</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="76"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="78"/>
        <source>Offered in public replies, e.g. help@acme.example</source>
        <translation>Oferecido nas respostas públicas, ex.: ajuda@acme.example</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="79"/>
        <source>Support e-mail</source>
        <translation>E-mail de suporte</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="83"/>
        <source>Hotkey</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="84"/>
        <source>Click, then press the key combination that opens the search</source>
        <translation>Clique e pressione a combinação de teclas que abre a busca</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="85"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="86"/>
        <source>Reset hotkey to the default</source>
        <translation>Voltar ao atalho padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="87"/>
        <source>Paste into the previous window after copying</source>
        <translation>Colar na janela anterior depois de copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="90"/>
        <source>Close the search after copying</source>
        <translation>Fechar a busca depois de copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="93"/>
        <source>Show the full text of the selected phrase</source>
        <translation>Mostrar o texto completo da frase escolhida</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="97"/>
        <source>One folder per line, e.g. a share your team lead keeps</source>
        <translation>Uma pasta por linha, ex.: uma pasta compartilhada da sua liderança</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="98"/>
        <source>Team pack folders</source>
        <translation>Pastas de pacotes da equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="100"/>
        <source>Phrase packs in these folders load too, and reload when they change</source>
        <translation>Os pacotes de frases destas pastas também são carregados, e recarregados quando mudam</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="104"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="105"/>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="181"/>
        <source>Add a team pack folder</source>
        <translation>Adicionar uma pasta de pacotes da equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="108"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="121"/>
        <source>Your name:</source>
        <translation>Seu nome:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="122"/>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="123"/>
        <source>Support e-mail:</source>
        <translation>E-mail de suporte:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="124"/>
        <source>Hotkey:</source>
        <translation>Atalho:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="131"/>
        <source>Team packs:</source>
        <translation>Pacotes da equipe:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="137"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="138"/>
        <source>Times and complaints</source>
        <translation>Horários e reclamações</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="155"/>
        <source>This hotkey cannot be used: %s</source>
        <translation>Este atalho não pode ser usado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="191"/>
        <source>A hotkey is needed to open the search: the field is back to %s. Press OK to keep it, or choose another key.</source>
        <translation>É preciso um atalho para abrir a busca: o campo voltou para %s. Pressione OK para mantê-lo, ou escolha outra tecla.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="207"/>
        <source>“%s” does not look like an e-mail address, e.g. help@acme.example.</source>
        <translation>“%s” não parece um endereço de e-mail, ex.: ajuda@acme.example.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_dialog.py" line="223"/>
        <source>Could not save the settings: %s</source>
        <translation>Não foi possível salvar as configurações: %s</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="130"/>
        <source>Complaints per day (last 14 days)</source>
        <translation>Reclamações por dia (últimos 14 dias)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="131"/>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="132"/>
        <source>Phrases you use most</source>
        <translation>Frases que você mais usa</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="133"/>
        <source>Steps most often skipped</source>
        <translation>Passos mais pulados</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="137"/>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="138"/>
        <source>Your statistics</source>
        <translation>Suas estatísticas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="142"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="143"/>
        <source>Phrases used least and never</source>
        <translation>Frases menos usadas e nunca usadas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="144"/>
        <source>Only on this computer: these figures are never sent anywhere.</source>
        <translation>Só neste computador: estes números nunca são enviados para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="167"/>
        <source>%d complaints (%d closed)</source>
        <translation>%d reclamações (%d encerradas)</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="168"/>
        <source>median time to close: %s</source>
        <translation>tempo mediano até o encerramento: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>none closed yet</source>
        <translation>nenhuma encerrada ainda</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="169"/>
        <source>%g min</source>
        <translation>%g min</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="170"/>
        <source>reply targets: %d met, %d missed</source>
        <translation>metas de resposta: %d cumpridas, %d não cumpridas</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="176"/>
        <source>No complaints yet.</source>
        <translation>Nenhuma reclamação ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="180"/>
        <source>No phrase copied yet.</source>
        <translation>Nenhuma frase copiada ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="184"/>
        <source>No closed complaint yet.</source>
        <translation>Nenhuma reclamação encerrada ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="190"/>
        <source>Never used: %d of %d phrases.</source>
        <translation>Nunca usadas: %d de %d frases.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="192"/>
        <source>Used least: %s.</source>
        <translation>Menos usadas: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/stats/stats_window.py" line="194"/>
        <source>Marked as having worked (Ctrl+G in the picker): %s.</source>
        <translation>Marcadas como eficazes (Ctrl+G na busca): %s.</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/checklist_model.py" line="73"/>
        <source>not done</source>
        <translation>não feito</translation>
    </message>
</context>
<context>
    <name>StoreControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="39"/>
        <source>Favourites and recent phrases are off for now</source>
        <translation>Favoritas e frases recentes estão desativadas por enquanto</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="42"/>
        <source>About your CalmDesk data</source>
        <translation>Sobre seus dados do CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/store_control.py" line="51"/>
        <source>Your own phrases could not be loaded</source>
        <translation>Não foi possível carregar suas próprias frases</translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="40"/>
        <source>Promised times</source>
        <translation>Horários prometidos</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="43"/>
        <source>Working day starts</source>
        <translation>Início do expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="44"/>
        <source>Working day ends</source>
        <translation>Fim do expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="50"/>
        <source>Monday</source>
        <translation>segunda-feira</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="51"/>
        <source>Tuesday</source>
        <translation>terça-feira</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="52"/>
        <source>Wednesday</source>
        <translation>quarta-feira</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="53"/>
        <source>Thursday</source>
        <translation>quinta-feira</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="54"/>
        <source>Friday</source>
        <translation>sexta-feira</translation>
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
        <translation>Arredondar os horários prometidos para</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="71"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="82"/>
        <source>Working hours:</source>
        <translation>Expediente:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="83"/>
        <source>Working days:</source>
        <translation>Dias úteis:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="84"/>
        <source>Round up to:</source>
        <translation>Arredondar para:</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="90"/>
        <source>The working day must end after it starts.</source>
        <translation>O expediente precisa terminar depois de começar.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/settings/settings_times.py" line="93"/>
        <source>Choose at least one working day.</source>
        <translation>Escolha pelo menos um dia útil.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="45"/>
        <source>Complaint checklist</source>
        <translation>Checklist da reclamação</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="46"/>
        <source>New complaint…</source>
        <translation>Nova reclamação…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="47"/>
        <source>Follow-ups and history…</source>
        <translation>Acompanhamentos e histórico…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="48"/>
        <source>Edit phrases…</source>
        <translation>Editar frases…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="49"/>
        <source>Your statistics…</source>
        <translation>Suas estatísticas…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="50"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="51"/>
        <source>About CalmDesk</source>
        <translation>Sobre o CalmDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="105"/>
        <source>Open phrase search</source>
        <translation>Abrir a busca de frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/common/tray.py" line="106"/>
        <source>CalmDesk: calm replies for tough chats</source>
        <translation>CalmDesk: respostas calmas para chats difíceis</translation>
    </message>
</context>
<context>
    <name>UnwindDialog</name>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="24"/>
        <source>One minute for you</source>
        <translation>Um minuto para você</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="25"/>
        <source>Unwind</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="33"/>
        <source>Breathing pace</source>
        <translation>Ritmo da respiração</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="61"/>
        <source>Done. Well handled.</source>
        <translation>Pronto. Muito bem.</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>Breathe in…</source>
        <translation>Inspire…</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="65"/>
        <source>…and out, slowly</source>
        <translation>…e solte o ar, devagar</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/ui/complaint/unwind_dialog.py" line="66"/>
        <source>%d s left</source>
        <translation>Faltam %d s</translation>
    </message>
</context>
<context>
    <name>WindowControl</name>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="81"/>
        <source>%d in %d packs</source>
        <translation>%d em %d pacotes</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="82"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="94"/>
        <source>The phrase editor is not available</source>
        <translation>O editor de frases não está disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/calmdesk/app/window_control.py" line="95"/>
        <source>CalmDesk&apos;s data file could not be opened, so your phrases cannot be saved.</source>
        <translation>Não foi possível abrir o arquivo de dados do CalmDesk, então suas frases não podem ser salvas.</translation>
    </message>
</context>
</TS>
