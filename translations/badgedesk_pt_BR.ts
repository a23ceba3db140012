<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Badge Desk</source>
        <translation>Sobre o Badge Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>An admin panel for the Watchers chat API: design badges, give them to many users at once, and moderate.</source>
        <translation>Um painel de administração para a API de chat do Watchers: crie emblemas, atribua-os a muitos usuários de uma vez e faça a moderação.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Copyright © 2026 The Badge Desk authors.</source>
        <translation>Software livre sob a Licença MIT. Copyright © 2026 Os autores do Badge Desk.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, em execução no Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>&amp;Copiar versão</translation>
    </message>
    <message>
        <source>Copy the versions of Badge Desk, Qt and the system, for a bug report</source>
        <translation>Copiar as versões do Badge Desk, do Qt e do sistema, para um relatório de erro</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local sandbox</source>
        <translation>Ambiente de testes local</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1). Open the sandbox profile again to restart it.</source>
        <translation>O ambiente de testes local parou inesperadamente (código de saída %1). Abra o perfil do ambiente de testes novamente para reiniciá-lo.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>There is no profile with that id.</source>
        <translation>Não há nenhum perfil com esse ID.</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Perfil não aberto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>Não foi possível abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Perfis não salvos</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Perfis e tokens…</translation>
    </message>
    <message>
        <source>Copy to profile</source>
        <translation>Copiar para perfil</translation>
    </message>
    <message>
        <source>Open the local sandbox once first, then copy to it.</source>
        <translation>Abra o ambiente de testes local uma vez antes e depois copie para ele.</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>Registro de &amp;requisições</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferências…</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Não foi possível gravar as configurações em %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in the expected format; fix or remove it.</source>
        <translation>O arquivo de configurações %1 não está no formato esperado; corrija-o ou remova-o.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign badge to users — %1</source>
        <translation>Atribuir emblema a usuários — %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Emblema</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Emblema %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this badge now.</source>
        <translation>
            <numerusform>%n usuário tem este emblema agora.</numerusform>
            <numerusform>%n usuários têm este emblema agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder count unknown.</source>
        <translation>Número de titulares desconhecido.</translation>
    </message>
    <message>
        <source>⚠ These users lose the badge. They are not told.</source>
        <translation>⚠ Estes usuários perdem o emblema. Eles não são avisados.</translation>
    </message>
    <message>
        <source>⚠ Every new holder sees the welcome message “%1” when they next enter the chat. Users who already hold the badge are not affected.</source>
        <translation>⚠ Cada novo titular verá a mensagem de boas-vindas “%1” na próxima vez que entrar no chat. Usuários que já têm o emblema não são afetados.</translation>
    </message>
    <message>
        <source>Remove badge from users — %1</source>
        <translation>Remover emblema de usuários — %1</translation>
    </message>
    <message>
        <source>Choose a saved badge first.</source>
        <translation>Escolha primeiro um emblema salvo.</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>A API do Watchers não tem uma forma documentada de remover um emblema de usuários; faça isso no painel de administração do Watchers.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>The field “%1” must be text, but it is %2.</source>
        <translation>O campo “%1” deve ser texto, mas é %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be text or null, but it is %2.</source>
        <translation>O campo “%1” deve ser texto ou null, mas é %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number from 0 to %2, but it is %3.</source>
        <translation>O campo “%1” deve ser um número inteiro de 0 a %2, mas é %3.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object or null, but it is %2.</source>
        <translation>O campo “%1” deve ser um objeto ou null, mas é %2.</translation>
    </message>
    <message>
        <source>A badge must be a JSON object, but this is %1.</source>
        <translation>Um emblema deve ser um objeto JSON, mas isto é %1.</translation>
    </message>
    <message>
        <source>Expected a list of badges (a JSON array, or an object with a “data” or “items” array), but got %1.</source>
        <translation>Era esperada uma lista de emblemas (um array JSON ou um objeto com um array “data” ou “items”), mas foi recebido %1.</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list (id %3): %4</source>
        <translation>Emblema %1 de %2 na lista (ID %3): %4</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list: %3</source>
        <translation>Emblema %1 de %2 na lista: %3</translation>
    </message>
</context>
<context>
    <name>BadgeEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Save badge</source>
        <translation>&amp;Salvar emblema</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Re&amp;verter alterações</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Badge editor</source>
        <translation>Editor de emblemas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the badge (%1)</source>
        <translation>Salvar o emblema (%1)</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Emblema</translation>
    </message>
    <message>
        <source>Badge text</source>
        <translation>Texto do emblema</translation>
    </message>
    <message>
        <source>Short label, emoji welcome</source>
        <translation>Rótulo curto; emojis são bem-vindos</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Inserir emoji</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Inserir um emoji</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Cor de fundo</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Cor do texto</translation>
    </message>
    <message>
        <source>Text &amp;colour:</source>
        <translation>Co&amp;r do texto:</translation>
    </message>
    <message>
        <source>Use the nearest readable text colour</source>
        <translation>Usar a cor de texto legível mais próxima</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>Contraste:</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>How to earn this badge</source>
        <translation>Como conquistar este emblema</translation>
    </message>
    <message>
        <source>T&amp;ooltip:</source>
        <translation>&amp;Dica:</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Mensagem de boas-vindas</translation>
    </message>
    <message>
        <source>Welcome picture address</source>
        <translation>Endereço da imagem de boas-vindas</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>Ima&amp;gem:</translation>
    </message>
    <message>
        <source>Welcome title</source>
        <translation>Título de boas-vindas</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texto de boas-vindas</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Text&amp;o:</translation>
    </message>
    <message>
        <source>Icon and data</source>
        <translation>Ícone e dados</translation>
    </message>
    <message>
        <source>Badge icon address</source>
        <translation>Endereço do ícone do emblema</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Formatar JSON</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>Dado&amp;s:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nada para salvar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1</source>
        <translation>
            <numerusform>Não é possível salvar: %1</numerusform>
            <numerusform>Não é possível salvar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (e mais %n problema)</numerusform>
            <numerusform> (e mais %n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Nenhuma alteração para salvar.</translation>
    </message>
    <message>
        <source>Badge #%1%2</source>
        <translation>Emblema #%1%2</translation>
    </message>
    <message>
        <source> — edited</source>
        <translation> — editado</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Novo emblema</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Falha ao salvar: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Text on badge: %1</source>
        <translation>Texto no emblema: %1</translation>
    </message>
    <message>
        <source>Text on badge: the text colour is empty or invalid, so the chat would use its default. Pick one, or use the button below.</source>
        <translation>Texto no emblema: a cor do texto está vazia ou é inválida, então o chat usaria a cor padrão. Escolha uma ou use o botão abaixo.</translation>
    </message>
    <message>
        <source>Text on badge: choose a valid background colour first.</source>
        <translation>Texto no emblema: escolha primeiro uma cor de fundo válida.</translation>
    </message>
    <message>
        <source>%1 — stands out (≥ 3 : 1)</source>
        <translation>%1 — destaca-se (≥ 3 : 1)</translation>
    </message>
    <message>
        <source>%1 — blends in (&lt; 3 : 1)</source>
        <translation>%1 — mistura-se ao fundo (&lt; 3 : 1)</translation>
    </message>
    <message>
        <source>Chip on light chat: %1</source>
        <translation>Emblema no chat claro: %1</translation>
    </message>
    <message>
        <source>Chip on dark chat: %1</source>
        <translation>Emblema no chat escuro: %1</translation>
    </message>
    <message>
        <source>Empty: no data is stored.</source>
        <translation>Vazio: nenhum dado é armazenado.</translation>
    </message>
    <message>
        <source>Plain text.</source>
        <translation>Texto simples.</translation>
    </message>
    <message>
        <source>Looks like JSON, but is not valid at character %1: %2. It is still saved as text.</source>
        <translation>Parece JSON, mas é inválido no caractere %1: %2. Mesmo assim, é salvo como texto.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>cor de fundo</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>cor do texto</translation>
    </message>
    <message>
        <source>tooltip</source>
        <translation>dica</translation>
    </message>
    <message>
        <source>welcome picture</source>
        <translation>imagem de boas-vindas</translation>
    </message>
    <message>
        <source>welcome title</source>
        <translation>título de boas-vindas</translation>
    </message>
    <message>
        <source>welcome text</source>
        <translation>texto de boas-vindas</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>ícone</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>gatilho</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Fu&amp;ndo:</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>Í&amp;cone:</translation>
    </message>
    <message>
        <source>Select a badge in the list to edit it, or create one with New (%1).</source>
        <translation>Selecione um emblema na lista para editá-lo ou crie um com “Novo emblema” (%1).</translation>
    </message>
    <message>
        <source>No badge open</source>
        <translation>Nenhum emblema aberto</translation>
    </message>
</context>
<context>
    <name>BadgeExchange</name>
    <message>
        <source>This file is not a Badge Desk badge export.</source>
        <translation>Este arquivo não é uma exportação de emblemas do Badge Desk.</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <source>Badge</source>
        <translation>Emblema</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulares</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>BadgeValidator</name>
    <message>
        <source>The trigger has no conditions. Add one, or remove the trigger to assign the badge by hand only.</source>
        <translation>O gatilho não tem condições. Adicione uma ou remova o gatilho para atribuir o emblema apenas manualmente.</translation>
    </message>
    <message>
        <source>The condition %1 is used more than once; each kind of condition may appear only once.</source>
        <translation>A condição %1 é usada mais de uma vez; cada tipo de condição só pode aparecer uma vez.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the threshold must be a whole number of at least 1.</source>
        <translation>Condição %1 (%2): o limite deve ser um número inteiro maior ou igual a 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a rolling period must last a whole number of days, at least 1.</source>
        <translation>Condição %1 (%2): um período móvel deve durar um número inteiro de dias, no mínimo 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a custom period needs a start and an end as ISO-8601 UTC timestamps.</source>
        <translation>Condição %1 (%2): um período personalizado precisa de início e fim como carimbos de data/hora UTC em ISO-8601.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the custom period must start before it ends.</source>
        <translation>Condição %1 (%2): o período personalizado deve começar antes de terminar.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the period must be rolling (a number of days) or custom (from and to).</source>
        <translation>Condição %1 (%2): o período deve ser móvel (um número de dias) ou personalizado (de e até).</translation>
    </message>
    <message>
        <source>The condition FIRST_MESSAGE cannot be combined with other conditions.</source>
        <translation>A condição FIRST_MESSAGE não pode ser combinada com outras condições.</translation>
    </message>
    <message>
        <source>The badge duration must be a whole number of days, at least 1, or permanent.</source>
        <translation>A duração do emblema deve ser um número inteiro de dias, no mínimo 1, ou permanente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters, but at most %2 are allowed.</source>
        <translation>
            <numerusform>%1 é longo demais: %n caractere, mas são permitidos no máximo %2.</numerusform>
            <numerusform>%1 é longo demais: %n caracteres, mas são permitidos no máximo %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</source>
        <translation>
            <numerusform>%1 é longo demais: %n caractere pela contagem do servidor (%2 na tela; emojis e acentos podem contar mais de uma vez), mas são permitidos no máximo %3.</numerusform>
            <numerusform>%1 é longo demais: %n caracteres pela contagem do servidor (%2 na tela; emojis e acentos podem contar mais de uma vez), mas são permitidos no máximo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the address is empty. Enter an https:// address, or remove the picture.</source>
        <translation>%1: o endereço está vazio. Digite um endereço https:// ou remova a imagem.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address. Enter an address that starts with https://.</source>
        <translation>%1: “%2” não é um endereço da web. Digite um endereço que comece com https://.</translation>
    </message>
    <message>
        <source>%1: the address is not encrypted (http://), and the chat may not load it. Use https:// if the server supports it.</source>
        <translation>%1: o endereço não é criptografado (http://) e o chat pode não carregá-lo. Use https:// se o servidor oferecer suporte.</translation>
    </message>
    <message>
        <source>Enter the label shown on the badge.</source>
        <translation>Digite o rótulo exibido no emblema.</translation>
    </message>
    <message numerus="yes">
        <source>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</source>
        <translation>
            <numerusform>O rótulo tem %n caractere; rótulos longos são cortados no chat. Recomenda-se no máximo %1.</numerusform>
            <numerusform>O rótulo tem %n caracteres; rótulos longos são cortados no chat. Recomenda-se no máximo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a background colour, for example #ea00fc.</source>
        <translation>Escolha uma cor de fundo, por exemplo #ea00fc.</translation>
    </message>
    <message>
        <source>The background colour “%1” is not a hex colour. Use the form #rrggbb, for example #ea00fc.</source>
        <translation>A cor de fundo “%1” não é uma cor hexadecimal. Use o formato #rrggbb, por exemplo #ea00fc.</translation>
    </message>
    <message>
        <source>The text colour is empty, so the chat would fall back to its default colour. Choose one, for example #000000.</source>
        <translation>A cor do texto está vazia, então o chat usaria a cor padrão. Escolha uma, por exemplo #000000.</translation>
    </message>
    <message>
        <source>The text colour “%1” is not a hex colour. Use the form #rrggbb, for example #000000.</source>
        <translation>A cor do texto “%1” não é uma cor hexadecimal. Use o formato #rrggbb, por exemplo #000000.</translation>
    </message>
    <message>
        <source>Enter a tooltip: it tells other users how to earn the badge.</source>
        <translation>Digite uma dica: ela informa aos outros usuários como conquistar o emblema.</translation>
    </message>
    <message>
        <source>The tooltip</source>
        <translation>O texto da dica</translation>
    </message>
    <message>
        <source>Enter the title of the message users see when they receive the badge.</source>
        <translation>Digite o título da mensagem que os usuários veem ao receber o emblema.</translation>
    </message>
    <message>
        <source>The message title</source>
        <translation>O título da mensagem</translation>
    </message>
    <message>
        <source>Enter the text of the message users see when they receive the badge.</source>
        <translation>Digite o texto da mensagem que os usuários veem ao receber o emblema.</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>O texto da mensagem</translation>
    </message>
    <message>
        <source>Message picture</source>
        <translation>Imagem da mensagem</translation>
    </message>
    <message>
        <source>Badge icon</source>
        <translation>Ícone do emblema</translation>
    </message>
    <message>
        <source>The trigger must be an object or empty, but it is %1.</source>
        <translation>O gatilho deve ser um objeto ou estar vazio, mas é %1.</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Banir</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Desbanir</translation>
    </message>
    <message>
        <source>Ban or unban users — %1</source>
        <translation>Banir ou desbanir usuários — %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>ID da sala</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Ban ends at</source>
        <translation>Fim do banimento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Whole app (IN_APP)</source>
        <translation>Todo o aplicativo (IN_APP)</translation>
    </message>
    <message>
        <source>One room (IN_ROOM)</source>
        <translation>Uma sala (IN_ROOM)</translation>
    </message>
    <message>
        <source>Room ID (required for a room ban)</source>
        <translation>ID da sala (obrigatório para banimento em sala)</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sem motivo</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Até…</translation>
    </message>
    <message>
        <source>Optional note, kept with the ban</source>
        <translation>Nota opcional, guardada com o banimento</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Ação:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>An unban must repeat the scope of the ban it lifts (same type and room).</source>
        <translation>Um desbanimento deve repetir o escopo do banimento que revoga (mesmo tipo e mesma sala).</translation>
    </message>
    <message>
        <source>A forbidden nickname blocks the user until they change it: no duration.</source>
        <translation>Um apelido proibido bloqueia o usuário até que ele o troque: sem duração.</translation>
    </message>
    <message>
        <source>Ends %1 your time (%2) — sent as %3 UTC.</source>
        <translation>Termina em %1 no seu horário (%2) — enviado como %3 UTC.</translation>
    </message>
    <message>
        <source>Permanent: the ban stays until someone lifts it.</source>
        <translation>Permanente: o banimento vale até que alguém o revogue.</translation>
    </message>
    <message>
        <source>Enter the room ID for a room ban.</source>
        <translation>Digite o ID da sala para um banimento em sala.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Es&amp;copo:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Sa&amp;la:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>Dura&amp;ção:</translation>
    </message>
</context>
<context>
    <name>BanReasonInfo</name>
    <message>
        <source>Insults</source>
        <translation>Insultos</translation>
    </message>
    <message>
        <source>Personal attacks / personal data</source>
        <translation>Ataques pessoais / dados pessoais</translation>
    </message>
    <message>
        <source>Flooding / spam</source>
        <translation>Flood / spam</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violência</translation>
    </message>
    <message>
        <source>Fraud / scam</source>
        <translation>Fraude / golpe</translation>
    </message>
    <message>
        <source>Forbidden nickname</source>
        <translation>Apelido proibido</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Repeated violation</source>
        <translation>Infração repetida</translation>
    </message>
</context>
<context>
    <name>BanRequest</name>
    <message>
        <source>A ban in all rooms ignores the room ID; it is not sent.</source>
        <translation>Um banimento em todas as salas ignora o ID da sala; ele não é enviado.</translation>
    </message>
    <message>
        <source>A ban for a forbidden nickname has no end date: it lasts until the user changes the nickname. Choose “permanent”.</source>
        <translation>Um banimento por apelido proibido não tem data de término: dura até o usuário trocar o apelido. Escolha “permanente”.</translation>
    </message>
    <message>
        <source>The end date of the ban is not a valid date.</source>
        <translation>A data de término do banimento não é uma data válida.</translation>
    </message>
    <message>
        <source>The end of the ban (%1 UTC) is not in the future.</source>
        <translation>O fim do banimento (%1 UTC) não está no futuro.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>A nota tem %n caractere; são permitidos no máximo %1.</numerusform>
            <numerusform>A nota tem %n caracteres; são permitidos no máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Ban / unban users…</source>
        <translation>&amp;Banir / desbanir usuários…</translation>
    </message>
    <message>
        <source>Grant &amp;moderator…</source>
        <translation>Conceder função de &amp;moderador…</translation>
    </message>
    <message>
        <source>Moderation &amp;log</source>
        <translation>Re&amp;gistro de moderação</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tarefas</translation>
    </message>
</context>
<context>
    <name>BulkDialogBase</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation>Confirmação digitada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is a production profile.&lt;/b&gt; Type &lt;b&gt;%2&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;%1 é um perfil de produção.&lt;/b&gt; Digite &lt;b&gt;%2&lt;/b&gt; para confirmar.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 — %n user(s), </source>
        <translation>
            <numerusform>Simulação: %1 — %n usuário, </numerusform>
            <numerusform>Simulação: %1 — %n usuários, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s). Nothing was sent.</source>
        <translation>
            <numerusform>%n chamada. Nada foi enviado.</numerusform>
            <numerusform>%n chamadas. Nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm first.</source>
        <translation>Digite %1 para confirmar primeiro.</translation>
    </message>
    <message>
        <source>Add at least one user ID.</source>
        <translation>Adicione pelo menos um ID de usuário.</translation>
    </message>
    <message>
        <source>Job %1 started. You can close this window; the job is saved and can be resumed from Tools → Jobs.</source>
        <translation>Tarefa %1 iniciada. Você pode fechar esta janela; a tarefa fica salva e pode ser retomada em Ferramentas → Tarefas.</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <source>Enter the message text.</source>
        <translation>Digite o texto da mensagem.</translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>A mensagem tem %n caractere; são permitidos no máximo %1.</numerusform>
            <numerusform>A mensagem tem %n caracteres; são permitidos no máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipPreview</name>
    <message>
        <source>Chip preview on the chat&apos;s light and dark backgrounds</source>
        <translation>Prévia do emblema nos fundos claro e escuro do chat</translation>
    </message>
    <message>
        <source>A</source>
        <comment>avatar initial</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hi everyone! 👋</source>
        <translation>Olá, pessoal! 👋</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>badgedesk-cli: %1</source>
        <translation>badgedesk-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;badgedesk-cli --help&apos;.</source>
        <translation>Tente &apos;badgedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is not accepted: pass secrets through the environment or a saved profile.</source>
        <translation>--%1 não é aceito: passe segredos pelo ambiente ou por um perfil salvo.</translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation>--output deve ser text, json ou csv.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Informe um comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the saved profiles: %1</source>
        <translation>Não é possível ler os perfis salvos: %1</translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>Nenhum perfil salvo com o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No credentials: %1 Or use --profile NAME.</source>
        <translation>Sem credenciais: %1 Ou use --profile NOME.</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>ambiente (%1)</translation>
    </message>
    <message>
        <source>Use &quot;jobs list&quot; or &quot;jobs resume JOB_ID&quot;.</source>
        <translation>Use &quot;jobs list&quot; ou &quot;jobs resume ID_TAREFA&quot;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Give the badge with --from FILE.json.</source>
        <translation>Informe o emblema com --from ARQUIVO.json.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 não é um objeto JSON: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n titular</numerusform>
            <numerusform>%n titulares</numerusform>
        </translation>
    </message>
    <message>
        <source>A badge id is a positive number.</source>
        <translation>O ID de um emblema é um número positivo.</translation>
    </message>
    <message>
        <source>Dry run: would delete badge %1.</source>
        <translation>Simulação: o emblema %1 seria excluído.</translation>
    </message>
    <message>
        <source>Badge %1 deleted.</source>
        <translation>Emblema %1 excluído.</translation>
    </message>
    <message>
        <source>Use badges list, get ID, create --from FILE, update ID --from FILE or delete ID.</source>
        <translation>Use badges list, get ID, create --from ARQUIVO, update ID --from ARQUIVO ou delete ID.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Use: assign BADGE_ID --ids FILE</source>
        <translation>Uso: assign ID_EMBLEMA --ids ARQUIVO</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--type must be IN_APP or IN_ROOM.</source>
        <translation>--type deve ser IN_APP ou IN_ROOM.</translation>
    </message>
    <message>
        <source>--room is only for --type IN_ROOM.</source>
        <translation>--room só vale para --type IN_ROOM.</translation>
    </message>
    <message>
        <source>Unknown --reason &quot;%1&quot;.</source>
        <translation>--reason desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires must be 1h, 24h, 7d, 30d, permanent or &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</source>
        <translation>--expires deve ser 1h, 24h, 7d, 30d, permanent ou &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</translation>
    </message>
    <message>
        <source>unban takes only --type and --room.</source>
        <translation>unban aceita apenas --type e --room.</translation>
    </message>
    <message>
        <source>grant-moderator needs --room ID.</source>
        <translation>grant-moderator precisa de --room ID.</translation>
    </message>
    <message>
        <source>Give the user IDs with --ids FILE (&quot;-&quot; for standard input).</source>
        <translation>Informe os IDs de usuário com --ids ARQUIVO (&quot;-&quot; para a entrada padrão).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>--batch-size must be between 1 and 1000.</source>
        <translation>--batch-size deve estar entre 1 e 1000.</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>Simulação: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n user(s) to send</source>
        <translation>
            <numerusform>  %n usuário a enviar</numerusform>
            <numerusform>  %n usuários a enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n skipped (duplicates or invalid)</source>
        <translation>
            <numerusform>  %n ignorado (duplicado ou inválido)</numerusform>
            <numerusform>  %n ignorados (duplicados ou inválidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n call(s) would be made; nothing was sent.</source>
        <translation>
            <numerusform>  %n chamada seria feita; nada foi enviado.</numerusform>
            <numerusform>  %n chamadas seriam feitas; nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user IDs to send.</source>
        <translation>Nenhum ID de usuário a enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 started: %2, %n ID(s) to send.</source>
        <translation>
            <numerusform>Tarefa %1 iniciada: %2, %n ID a enviar.</numerusform>
            <numerusform>Tarefa %1 iniciada: %2, %n IDs a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>%1: %2 concluídos, %3 com falha, %4 ignorados, %5 pendentes.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>falha: %1: %2</translation>
    </message>
    <message>
        <source>Job %1 paused: %2</source>
        <translation>Tarefa %1 pausada: %2</translation>
    </message>
    <message>
        <source>Resume it with: badgedesk-cli jobs resume %1</source>
        <translation>Retome-a com: badgedesk-cli jobs resume %1</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 concluídos, %2 com falha, %3 pendentes</translation>
    </message>
    <message>
        <source>No jobs for this profile.</source>
        <translation>Nenhuma tarefa para este perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: job %1 would send %n ID(s).</source>
        <translation>
            <numerusform>Simulação: a tarefa %1 enviaria %n ID.</numerusform>
            <numerusform>Simulação: a tarefa %1 enviaria %n IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: badgedesk-cli [--profile NAME] [--dry-run] [--output text|json|csv] COMMAND

Badge Desk on the command line: the same engine and job journal as the app.

Commands:
  badges list                          every badge (JSON with --output json)
  badges get ID                        one badge as JSON
  badges create --from FILE.json       create a badge from a JSON object; prints it with its id
  badges update ID --from FILE.json    replace a badge&apos;s fields (the whole badge is sent)
  badges delete ID                     delete a badge (its holders lose it)
  assign BADGE_ID --ids FILE           give a badge to every user in FILE
  ban --ids FILE --type IN_APP|IN_ROOM [--room ID] [--reason NAME|CODE]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXT]
                                       ban users (without --expires: permanent)
  unban --ids FILE --type IN_APP|IN_ROOM [--room ID]
                                       lift bans; repeat the scope of the ban
  grant-moderator --room ID --ids FILE make users moderators of a room
                                       (the API cannot revoke it: use the Watchers admin panel)
  jobs list                            this profile&apos;s jobs, newest first
  jobs resume JOB_ID                   carry on with an interrupted or paused job; confirmed
                                       IDs are not sent again (a unique prefix of the id works)

Options:
  --profile NAME        a saved profile of the app (name or id); its token comes from the OS
                        keychain. Without it, the environment is used (below).
  --dry-run             check and count everything, send nothing, write no journal
  --output FORMAT       text (default), json or csv (per-ID results of a job)
  --ids FILE            user IDs, separated by commas, semicolons, tabs, spaces or new lines,
                        quoted or not, optional header row; &quot;-&quot; reads standard input
  --from FILE.json      a badge as JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        IDs per assign call (default: Badge Desk&apos;s Preferences, else 500)
  --in-flight N         calls at the same time (default: Preferences, else 4)
  --rate N              at most N calls per second (default: no cap)
  --max-attempts N      attempts per call before its IDs count as failed (default 6)
  --skip-encrypted      leave out IDs that look encrypted (Base64, percent-encoded)
  -h, --help            this text
  --version             the version

Reasons (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(takes no --expires), POLITICAL 7, REPEATED 8. --expires dates are UTC.

Environment (when --profile is not given):
  WATCHERS_BASE_URL or WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Credentials are never accepted as arguments: arguments are visible to other users.
  BADGEDESK_DATA_DIR    where job journals and the moderation log are kept
  BADGEDESK_CONFIG_DIR  where saved profiles and the app&apos;s Preferences (settings.ini: timeouts,
                        batch size, calls at the same time, data folder) are read from

Jobs: every assign, ban, unban and grant-moderator runs as a job with a journal on disk. The
job id is printed to standard error when it starts. After a crash, a kill or a credential
problem, `jobs resume JOB_ID` sends only what was not confirmed.

Exit codes:
  0  success
  1  the API refused the request (validation, unknown badge or room), or a file error
  2  usage error (unknown command or option, missing argument, unreadable input)
  3  credential error (none given, unknown profile, keychain, token or API key rejected)
  4  partial failure: the job finished, some IDs failed (see the results)
  5  network failure: server unreachable, timeouts, or errors beyond the retry budget;
     the job is paused and can be resumed
</source>
        <translation>Uso: badgedesk-cli [--profile NOME] [--dry-run] [--output text|json|csv] COMANDO

Badge Desk na linha de comando: o mesmo mecanismo e o mesmo diário de tarefas do aplicativo.

Comandos:
  badges list                              todos os emblemas (JSON com --output json)
  badges get ID                            um emblema em JSON
  badges create --from ARQUIVO.json        cria um emblema a partir de um objeto JSON e mostra o ID
  badges update ID --from ARQUIVO.json     substitui os campos de um emblema (envia-o inteiro)
  badges delete ID                         exclui um emblema (os titulares o perdem)
  assign ID_EMBLEMA --ids ARQUIVO          dá um emblema a cada usuário de ARQUIVO
  ban --ids ARQUIVO --type IN_APP|IN_ROOM [--room ID] [--reason NOME|CÓDIGO]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXTO]
                                           bane usuários (sem --expires: permanente)
  unban --ids ARQUIVO --type IN_APP|IN_ROOM [--room ID]
                                           revoga banimentos; repita o escopo do banimento
  grant-moderator --room ID --ids ARQUIVO  torna os usuários moderadores de uma sala
                                           (a API não consegue revogar: use o painel do Watchers)
  jobs list                                as tarefas deste perfil, as mais recentes primeiro
  jobs resume ID_TAREFA                    continua uma tarefa interrompida ou pausada; os IDs
                                           confirmados não são reenviados (basta um prefixo único)

Opções:
  --profile NOME        um perfil salvo do aplicativo (nome ou ID); o token vem do chaveiro do
                        sistema. Sem esta opção, o ambiente é usado (veja abaixo).
  --dry-run             verifica e conta tudo, não envia nada e não grava nenhum diário
  --output FORMATO      text (padrão), json ou csv (resultados por ID de uma tarefa)
  --ids ARQUIVO         IDs de usuário separados por vírgulas, ponto e vírgula, tabulações, espaços
                        ou quebras de linha; aspas e cabeçalho opcionais; &quot;-&quot; lê a entrada padrão
  --from ARQUIVO.json   um emblema em JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        IDs por chamada de atribuição (padrão: Preferências do Badge Desk,
                        senão 500)
  --in-flight N         chamadas simultâneas (padrão: Preferências, senão 4)
  --rate N              no máximo N chamadas por segundo (padrão: sem limite)
  --max-attempts N      tentativas por chamada antes de contar seus IDs como falhos (padrão: 6)
  --skip-encrypted      omite IDs que parecem criptografados (Base64, codificação percentual)
  -h, --help            este texto
  --version             a versão

Motivos (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(não aceita --expires), POLITICAL 7, REPEATED 8. As datas de --expires estão em UTC.

Ambiente (quando --profile não é informado):
  WATCHERS_BASE_URL ou WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Credenciais nunca são aceitas como argumentos: outros usuários podem ver os argumentos.
  BADGEDESK_DATA_DIR    onde ficam os diários de tarefas e o registro de moderação
  BADGEDESK_CONFIG_DIR  de onde são lidos os perfis salvos e as Preferências do aplicativo
                        (settings.ini: tempos limite, tamanho do lote, chamadas simultâneas,
                        pasta de dados)

Tarefas: cada assign, ban, unban e grant-moderator é executado como uma tarefa com um diário em
disco. O ID da tarefa é exibido na saída de erro padrão quando ela começa. Após um travamento, um
kill ou um problema de credenciais, `jobs resume ID_TAREFA` envia só o que não foi confirmado.

Códigos de saída:
  0  sucesso
  1  a API recusou a requisição (validação, emblema ou sala desconhecidos) ou erro de arquivo
  2  erro de uso (comando ou opção desconhecidos, argumento ausente, entrada ilegível)
  3  erro de credenciais (nenhuma, perfil desconhecido, chaveiro, token ou chave de API recusados)
  4  falha parcial: a tarefa terminou, mas alguns IDs falharam (veja os resultados)
  5  falha de rede: servidor inacessível, tempo esgotado ou erros após esgotar as novas tentativas;
     a tarefa fica pausada e pode ser retomada
</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose colour</source>
        <translation>Escolher cor</translation>
    </message>
    <message>
        <source>Open the colour dialog</source>
        <translation>Abrir o seletor de cores</translation>
    </message>
    <message>
        <source>Hex colour</source>
        <translation>Cor hexadecimal</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Preset colours</source>
        <translation>Cores predefinidas</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinidas</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The project has %n badge(s).</source>
        <translation>
            <numerusform>Conectado. O projeto tem %n emblema.</numerusform>
            <numerusform>Conectado. O projeto tem %n emblemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>API key not recognised in region %1. Check the key and the region.</source>
        <translation>Chave de API não reconhecida na região %1. Verifique a chave e a região.</translation>
    </message>
    <message>
        <source>The bearer token was rejected (missing, wrong or revoked). Paste a current token from the admin panel, Settings → Bearer tokens.</source>
        <translation>O token de portador foi recusado (ausente, incorreto ou revogado). Cole um token atual do painel de administração, em Settings → Bearer tokens.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>A conexão segura com %1 falhou: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Não foi possível acessar %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>WATCHERS_BASE_URL is not a valid URL.</source>
        <translation>WATCHERS_BASE_URL não é uma URL válida.</translation>
    </message>
    <message>
        <source>WATCHERS_REGION &quot;%1&quot; is not one of eu, us, sa, hk, za.</source>
        <translation>WATCHERS_REGION &quot;%1&quot; não é nenhum destes: eu, us, sa, hk, za.</translation>
    </message>
    <message>
        <source>Set WATCHERS_BASE_URL or WATCHERS_REGION.</source>
        <translation>Defina WATCHERS_BASE_URL ou WATCHERS_REGION.</translation>
    </message>
    <message>
        <source>Set WATCHERS_API_KEY and WATCHERS_TOKEN.</source>
        <translation>Defina WATCHERS_API_KEY e WATCHERS_TOKEN.</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Give the full path of a folder.</source>
        <translation>Informe o caminho completo de uma pasta.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>Choose a folder outside %1, where the data is kept now.</source>
        <translation>Escolha uma pasta fora de %1, onde os dados ficam agora.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Não é possível criar a pasta %1. Escolha outra.</translation>
    </message>
    <message>
        <source>Badge Desk cannot write to %1. Choose a folder you can write to.</source>
        <translation>O Badge Desk não consegue gravar em %1. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>%1 is inside the folder being moved.</source>
        <translation>%1 está dentro da pasta que está sendo movida.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>Não foi possível copiar %1 para %2.</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs could not be moved to %1: %2 Nothing was removed; Badge Desk keeps using %3.</source>
        <translation>Não foi possível mover seus rascunhos, diários de tarefas e registros de moderação para %1: %2 Nada foi removido; o Badge Desk continua usando %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already existed in %1 with other content and were left in %2: %3</source>
        <translation>
            <numerusform>%n arquivo já existia em %1 com outro conteúdo e foi deixado em %2: %3</numerusform>
            <numerusform>%n arquivos já existiam em %1 com outro conteúdo e foram deixados em %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Digite %1 para confirmar.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>API key not recognised in region %1.</source>
        <translation>Chave de API não reconhecida na região %1.</translation>
    </message>
    <message>
        <source>Check the key and the project&apos;s region.</source>
        <translation>Verifique a chave e a região do projeto.</translation>
    </message>
    <message>
        <source>Bearer token missing, wrong or revoked.</source>
        <translation>Token de portador ausente, incorreto ou revogado.</translation>
    </message>
    <message>
        <source>Paste a current token from the Watchers admin panel (Settings → Bearer tokens).</source>
        <translation>Cole um token atual do painel de administração do Watchers (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Não encontrado no servidor.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh and try again.</source>
        <translation>Talvez tenha sido excluído; atualize e tente novamente.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>O servidor recusou a requisição.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Corrija os campos marcados e tente novamente.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429).</source>
        <translation>O servidor está limitando as requisições (429).</translation>
    </message>
    <message>
        <source>Wait a moment; the app slows down and retries where it is safe.</source>
        <translation>Aguarde um momento; o aplicativo reduz o ritmo e tenta novamente quando é seguro.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>O servidor teve um problema (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it persists, check Watchers&apos; status.</source>
        <translation>Tente novamente em instantes. Se persistir, verifique o status do Watchers.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>O servidor respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Falha na conexão segura: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so nothing was sent. Check the server address, the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Não foi possível confiar no certificado do servidor, então nada foi enviado. Verifique o endereço do servidor, o relógio do sistema e qualquer proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>Connection refused by the server.</source>
        <translation>Conexão recusada pelo servidor.</translation>
    </message>
    <message>
        <source>Check the server address; the service may be down.</source>
        <translation>Verifique o endereço do servidor; o serviço pode estar fora do ar.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Servidor não encontrado.</translation>
    </message>
    <message>
        <source>Check the server address and your internet connection.</source>
        <translation>Verifique o endereço do servidor e sua conexão com a internet.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>O servidor fechou a conexão antes de responder.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>Tente novamente; se continuar acontecendo, o servidor pode estar sobrecarregado.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent.</source>
        <translation>A conexão caiu depois que a requisição foi enviada.</translation>
    </message>
    <message>
        <source>It may or may not have been applied: refresh to check before trying again, so nothing is created twice.</source>
        <translation>Ela pode ou não ter sido aplicada: atualize para conferir antes de tentar novamente, para que nada seja criado duas vezes.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>O servidor proxy falhou.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>Verifique as configurações de proxy do sistema.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere.</source>
        <translation>O servidor redirecionou a requisição para outro lugar.</translation>
    </message>
    <message>
        <source>Only redirects to the same server are followed, so the token never leaves it. Check the server address.</source>
        <translation>Só são seguidos redirecionamentos para o mesmo servidor, para que o token nunca saia dele. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Erro de rede.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Verifique sua conexão e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Nenhuma resposta completa em %n segundo.</numerusform>
            <numerusform>Nenhuma resposta completa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server may be slow or unreachable; try again.</source>
        <translation>O servidor pode estar lento ou inacessível; tente novamente.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>O servidor parou de responder.</translation>
    </message>
</context>
<context>
    <name>GrantModeratorDialog</name>
    <message>
        <source>Grant moderator role — %1</source>
        <translation>Conceder função de moderador — %1</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>ID da sala</translation>
    </message>
    <message>
        <source>The room must already exist</source>
        <translation>A sala já deve existir</translation>
    </message>
    <message>
        <source>ℹ The API can grant the role but cannot take it back. To revoke it, open the user&apos;s avatar menu in the Watchers admin panel.</source>
        <translation>ℹ A API pode conceder a função, mas não retirá-la. Para revogá-la, abra o menu do avatar do usuário no painel de administração do Watchers.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Digite o ID da sala.</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Sa&amp;la:</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>Enter the user ID.</source>
        <translation>Digite o ID do usuário.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Digite o ID da sala.</translation>
    </message>
    <message>
        <source>The user ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>O ID do usuário contém um caractere de controle, como uma quebra de linha ou uma tabulação. Verifique o que foi colado.</translation>
    </message>
    <message>
        <source>The room ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>O ID da sala contém um caractere de controle, como uma quebra de linha ou uma tabulação. Verifique o que foi colado.</translation>
    </message>
    <message>
        <source>This looks like an encrypted or URL-encoded user ID. The API expects the plain, unencrypted ID.</source>
        <translation>Isto parece um ID de usuário criptografado ou codificado para URL. A API espera o ID simples, sem criptografia.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir arquivo…</translation>
    </message>
    <message>
        <source>Leave out IDs that look encrypted</source>
        <translation>Omitir IDs que parecem criptografados</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>IDs de usuário</translation>
    </message>
    <message>
        <source>Paste user IDs, or drop a .csv or .txt file here. Commas, semicolons, tabs, spaces and new lines all separate IDs.</source>
        <translation>Cole IDs de usuário ou solte um arquivo .csv ou .txt aqui. Vírgulas, ponto e vírgula, tabulações, espaços e quebras de linha separam os IDs.</translation>
    </message>
    <message>
        <source>Open a file of user IDs</source>
        <translation>Abrir um arquivo de IDs de usuário</translation>
    </message>
    <message>
        <source>Flagged values</source>
        <translation>Valores sinalizados</translation>
    </message>
    <message>
        <source>Open user IDs</source>
        <translation>Abrir IDs de usuário</translation>
    </message>
    <message>
        <source>ID lists (*.csv *.txt);;All files (*)</source>
        <translation>Listas de IDs (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%1 — %n character(s), too large to show; parsed in full)</source>
        <translation>
            <numerusform>(%1 — %n caractere, grande demais para exibir; analisado por completo)</numerusform>
            <numerusform>(%1 — %n caracteres, grande demais para exibir; analisado por completo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IDs…</source>
        <translation>Lendo os IDs…</translation>
    </message>
    <message numerus="yes">
        <source>%n unique ID(s) to send</source>
        <translation>
            <numerusform>%n ID único a enviar</numerusform>
            <numerusform>%n IDs únicos a enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) sent once</source>
        <translation>
            <numerusform>%n duplicado enviado uma vez</numerusform>
            <numerusform>%n duplicados enviados uma vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid left out</source>
        <translation>
            <numerusform>%n inválido omitido</numerusform>
            <numerusform>%n inválidos omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n vazio</numerusform>
            <numerusform>%n vazios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, left out</source>
        <translation>
            <numerusform>%n parece criptografado, omitido</numerusform>
            <numerusform>%n parecem criptografados, omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, sent as is</source>
        <translation>
            <numerusform>%n parece criptografado, enviado como está</numerusform>
            <numerusform>%n parecem criptografados, enviados como estão</numerusform>
        </translation>
    </message>
    <message>
        <source>header row skipped</source>
        <translation>linha de cabeçalho ignorada</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>The file is %1, but at most 10 MB are allowed.</source>
        <translation>O arquivo tem %1, mas são permitidos no máximo 10 MB.</translation>
    </message>
    <message>
        <source>This is not an image the chat can show.</source>
        <translation>Esta não é uma imagem que o chat consiga exibir.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, but it must be at least %3 × %3 px.</source>
        <translation>A imagem tem %1 × %2 px, mas precisa ter pelo menos %3 × %3 px.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; the download was stopped there.</source>
        <translation>O arquivo tem mais de 10 MB; o download foi interrompido nesse ponto.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Sem imagem.</translation>
    </message>
    <message>
        <source>Checking the picture…</source>
        <translation>Verificando a imagem…</translation>
    </message>
    <message>
        <source>Could not check the picture: %1</source>
        <translation>Não foi possível verificar a imagem: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ %1 × %2 px, %3 %4 — within the limits (≤ 10 MB, ≥ 190 × 190 px).</source>
        <translation>✓ %1 × %2 px, %3 %4 — dentro dos limites (≤ 10 MB, ≥ 190 × 190 px).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>https://… (empty: no picture)</source>
        <translation>https://… (vazio: sem imagem)</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Verificar um arquivo…</translation>
    </message>
    <message>
        <source>Check a local picture against the limits before you upload it</source>
        <translation>Verificar uma imagem local em relação aos limites antes de enviá-la</translation>
    </message>
    <message>
        <source>Check a picture</source>
        <translation>Verificar uma imagem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>Arquivo local: %1</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” não é um endereço da web.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” não é um arquivo.</translation>
    </message>
</context>
<context>
    <name>JobAction</name>
    <message>
        <source>Choose a badge.</source>
        <translation>Escolha um emblema.</translation>
    </message>
    <message>
        <source>Assign badge %1</source>
        <translation>Atribuir o emblema %1</translation>
    </message>
    <message>
        <source>Remove badge %1</source>
        <translation>Remover o emblema %1</translation>
    </message>
    <message>
        <source>Ban in room %1</source>
        <translation>Banir na sala %1</translation>
    </message>
    <message>
        <source>Ban in the app</source>
        <translation>Banir no aplicativo</translation>
    </message>
    <message>
        <source>Unban in room %1</source>
        <translation>Desbanir na sala %1</translation>
    </message>
    <message>
        <source>Unban in the app</source>
        <translation>Desbanir no aplicativo</translation>
    </message>
    <message>
        <source>Grant moderator in room %1</source>
        <translation>Conceder função de moderador na sala %1</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>emblema %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>sala %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sem motivo</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>até %1 UTC</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
</context>
<context>
    <name>JobItem</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Ignorado (duplicado)</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Ignorado (inválido)</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Não é possível gravar o diário da tarefa %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Não é possível abrir o diário da tarefa %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Não é possível ler o diário da tarefa %1: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged at line %2.</source>
        <translation>O diário da tarefa %1 está danificado na linha %2.</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer Badge Desk.</source>
        <translation>O diário da tarefa %1 foi gravado por uma versão mais recente do Badge Desk.</translation>
    </message>
    <message>
        <source>%1 is not a Badge Desk job journal.</source>
        <translation>%1 não é um diário de tarefa do Badge Desk.</translation>
    </message>
    <message>
        <source>No job %1 for this profile.</source>
        <translation>Nenhuma tarefa %1 para este perfil.</translation>
    </message>
    <message>
        <source>%1 matches several jobs; give more of the id.</source>
        <translation>%1 corresponde a várias tarefas; informe mais caracteres do ID.</translation>
    </message>
</context>
<context>
    <name>JobProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>Cancelar &amp;tarefa</translation>
    </message>
    <message>
        <source>Retry &amp;failed only</source>
        <translation>Repetir só as &amp;falhas</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progresso da tarefa</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Pesquisar nos resultados</translation>
    </message>
    <message>
        <source>Search ID or reason</source>
        <translation>Pesquisar ID ou motivo</translation>
    </message>
    <message>
        <source>Results per user ID</source>
        <translation>Resultados por ID de usuário</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 skipped</source>
        <translation>%1 de %2 concluídos · %3 com falha · %4 ignorados</translation>
    </message>
    <message>
        <source> · %1 IDs/s</source>
        <translation> · %1 IDs/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · faltam cerca de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>JobResultsModel</name>
    <message>
        <source>User ID</source>
        <translation>ID de usuário</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Interrupted: Badge Desk stopped while the job was running.</source>
        <translation>Interrompida: o Badge Desk foi encerrado enquanto a tarefa estava em execução.</translation>
    </message>
    <message>
        <source>The job journal could not be written: %1</source>
        <translation>Não foi possível gravar o diário da tarefa: %1</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Pausada por você.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Cancelada por você.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</source>
        <translation>
            <numerusform>O servidor falhou %n vez seguida; a tarefa foi pausada para não sobrecarregá-lo. Último erro: %1</numerusform>
            <numerusform>O servidor falhou %n vezes seguidas; a tarefa foi pausada para não sobrecarregá-lo. Último erro: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Abandonado após %n tentativa: %1</numerusform>
            <numerusform>Abandonado após %n tentativas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks to wait until %1; the job is paused. Resume it then.</source>
        <translation>O servidor pede para aguardar até %1; a tarefa está pausada. Retome-a depois disso.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>JobStateInfo</name>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>Jobs — %1</source>
        <translation>Tarefas — %1</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source> — can be resumed</source>
        <translation> — pode ser retomada</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 concluídos, %2 com falha, %3 pendentes</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Ret&amp;omar</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Atualizar</translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message>
        <source>The data is too large to read: %1 bytes, but at most %2 bytes are accepted.</source>
        <translation>Os dados são grandes demais para ler: %1 bytes, mas são aceitos no máximo %2 bytes.</translation>
    </message>
    <message>
        <source>The data is empty: expected a JSON value.</source>
        <translation>Os dados estão vazios: era esperado um valor JSON.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>Os dados não são JSON válido: %1 na linha %2, coluna %3 (byte %4).</translation>
    </message>
    <message>
        <source>The data is not valid JSON: expected one value, but more follow at line %1, column %2 (byte %3).</source>
        <translation>Os dados não são JSON válido: era esperado um único valor, mas há mais a partir da linha %1, coluna %2 (byte %3).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value true</source>
        <translation>o valor true</translation>
    </message>
    <message>
        <source>the value false</source>
        <translation>o valor false</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>um número (%1)</translation>
    </message>
    <message>
        <source>text (“%1…”)</source>
        <translation>texto (“%1…”)</translation>
    </message>
    <message>
        <source>text (“%1”)</source>
        <translation>texto (“%1”)</translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>uma lista de %n item</numerusform>
            <numerusform>uma lista de %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>JwtInfo</name>
    <message>
        <source>This does not look like a Watchers token: a token has three parts separated by dots.</source>
        <translation>Isto não parece um token do Watchers: um token tem três partes separadas por pontos.</translation>
    </message>
    <message>
        <source>The token&apos;s middle part is not valid base64url; it may be cut short.</source>
        <translation>A parte do meio do token não é base64url válido; ele pode estar cortado.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>O payload do token não é um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>OS keychain</source>
        <translation>Chaveiro do sistema</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Badge Desk never stores tokens in plain files; you can use the token for this session only, or start a keychain service (GNOME Keyring, KWallet) and try again.</source>
        <translation>Nenhum chaveiro do sistema está disponível (%1). O Badge Desk nunca guarda tokens em arquivos comuns; você pode usar o token só nesta sessão ou iniciar um serviço de chaveiro (GNOME Keyring, KWallet) e tentar novamente.</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>nenhum Secret Service no barramento da sessão</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>O chaveiro não tem esse item.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked, or access was declined): %1</source>
        <translation>O chaveiro negou o acesso (pode estar bloqueado ou o acesso foi recusado): %1</translation>
    </message>
    <message>
        <source>The keychain item could not be removed: %1</source>
        <translation>Não foi possível remover o item do chaveiro: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or access was declined: %1</source>
        <translation>O chaveiro está bloqueado ou o acesso foi recusado: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>O chaveiro informou um erro: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“%1” (#%2)</source>
        <translation>“%1” (#%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>⭐ New</source>
        <translation>⭐ Novo</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Nenhum perfil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;New badge</source>
        <translation>&amp;Novo emblema</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>&amp;Assign to users…</source>
        <translation>&amp;Atribuir a usuários…</translation>
    </message>
    <message>
        <source>&amp;Import badges…</source>
        <translation>&amp;Importar emblemas…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fechar janela</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Perfis e tokens…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Emblema</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Emblemas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The Watchers project you are working on</source>
        <translation>O projeto do Watchers em que você está trabalhando</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Filtrar emblemas</translation>
    </message>
    <message>
        <source>Filter by text, tooltip or ID (%1)</source>
        <translation>Filtrar por texto, dica ou ID (%1)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Badge Desk — %1 — PRODUCTION</source>
        <translation>Badge Desk — %1 — PRODUÇÃO</translation>
    </message>
    <message>
        <source>Badge Desk — %1</source>
        <translation>Badge Desk — %1</translation>
    </message>
    <message>
        <source>PRODUCTION — %1: changes here reach real users</source>
        <translation>PRODUÇÃO — %1: as alterações aqui chegam a usuários reais</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUÇÃO</translation>
    </message>
    <message>
        <source>Profiles and tokens…</source>
        <translation>Perfis e tokens…</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produção)</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Carregando emblemas…</translation>
    </message>
    <message>
        <source>Could not load badges</source>
        <translation>Não foi possível carregar os emblemas</translation>
    </message>
    <message>
        <source>%1 · not connected</source>
        <translation>%1 · não conectado</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n emblema</numerusform>
            <numerusform>%n emblemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n badge(s) shown</source>
        <translation>
            <numerusform>Exibindo %1 de %n emblema</numerusform>
            <numerusform>Exibindo %1 de %n emblemas</numerusform>
        </translation>
    </message>
    <message>
        <source>You are switching to %1.</source>
        <translation>Você está mudando para %1.</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Alterações não salvas encontradas</translation>
    </message>
    <message>
        <source>There are unsaved changes to %1 from %2 that were never saved (the app closed or crashed). Restore them?</source>
        <translation>Há alterações em %1, de %2, que nunca foram salvas (o aplicativo foi fechado ou travou). Restaurá-las?</translation>
    </message>
    <message>
        <source>Restore changes</source>
        <translation>Restaurar alterações</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Descartá-las</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n badge(s) were kept from an earlier session.</source>
        <translation>
            <numerusform>Alterações não salvas em %n emblema foram mantidas de uma sessão anterior.</numerusform>
            <numerusform>Alterações não salvas em %n emblemas foram mantidas de uma sessão anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are restoring a draft.</source>
        <translation>Você está restaurando um rascunho.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>%1 The badge %2 has unsaved changes. Save them first, or discard them?</source>
        <translation>%1 O emblema %2 tem alterações não salvas. Salvá-las primeiro ou descartá-las?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>You are creating a new badge.</source>
        <translation>Você está criando um novo emblema.</translation>
    </message>
    <message>
        <source>You are duplicating %1.</source>
        <translation>Você está duplicando %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Salvando %1…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 criado.</translation>
    </message>
    <message>
        <source>Badge deleted on the server</source>
        <translation>Emblema excluído no servidor</translation>
    </message>
    <message>
        <source>%1 was deleted on the server while you edited it. Create it again with your changes?</source>
        <translation>%1 foi excluído no servidor enquanto você o editava. Criá-lo novamente com suas alterações?</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Criar novamente</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Alterado no servidor</translation>
    </message>
    <message>
        <source>%1 was changed on the server after you started editing it (someone else, or another window). Saving now overwrites those changes with yours.</source>
        <translation>%1 foi alterado no servidor depois que você começou a editá-lo (por outra pessoa ou outra janela). Salvar agora substitui essas alterações pelas suas.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Not saved; your changes are still in the editor.</source>
        <translation>Não salvo; suas alterações continuam no editor.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source> This is the PRODUCTION project %1.</source>
        <translation> Este é o projeto de PRODUÇÃO %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>Excluir o emblema %1? %n usuário o tem e vai perdê-lo. Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir o emblema %1? %n usuários o têm e vão perdê-lo. Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %1 emblemas? No total, %n usuário os tem e vai perdê-los. Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir %1 emblemas? No total, %n usuários os têm e vão perdê-los. Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete badges</source>
        <translation>Excluir emblemas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n badge(s).</source>
        <translation>
            <numerusform>%n emblema excluído.</numerusform>
            <numerusform>%n emblemas excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be deleted</source>
        <translation>
            <numerusform>Não foi possível excluir %n emblema</numerusform>
            <numerusform>Não foi possível excluir %n emblemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Excluindo %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the %1 request as a curl command; the token and the API key are the placeholders %2 and %3.</source>
        <translation>A requisição %1 foi copiada como comando curl; o token e a chave de API são os marcadores %2 e %3.</translation>
    </message>
    <message>
        <source>Export badges</source>
        <translation>Exportar emblemas</translation>
    </message>
    <message>
        <source>Badge definitions (*.json)</source>
        <translation>Definições de emblemas (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge(s) to %1.</source>
        <translation>
            <numerusform>%n emblema exportado para %1.</numerusform>
            <numerusform>%n emblemas exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badges</source>
        <translation>Importar emblemas</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 não pode ser importado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n new badge(s) in %1 from this file?</source>
        <translation>
            <numerusform>Criar %n novo emblema em %1 a partir deste arquivo?</numerusform>
            <numerusform>Criar %n novos emblemas em %1 a partir deste arquivo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Imported %1 badge(s), %2 failed.</source>
        <translation>Emblemas importados: %1; com falha: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n badge(s) to %1…</source>
        <translation>
            <numerusform>Copiando %n emblema para %1…</numerusform>
            <numerusform>Copiando %n emblemas para %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 badge(s) to %2, %3 failed.</source>
        <translation>Emblemas copiados para %2: %1; com falha: %3.</translation>
    </message>
    <message>
        <source>Could not create the badge %1</source>
        <translation>Não foi possível criar o emblema %1</translation>
    </message>
    <message>
        <source>You are closing the window.</source>
        <translation>Você está fechando a janela.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>E&amp;xport badges…</source>
        <translation>Expor&amp;tar emblemas…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Badge Desk</source>
        <translation>&amp;Sobre o Badge Desk</translation>
    </message>
    <message>
        <source>Cop&amp;y to profile</source>
        <translation>&amp;Copiar para perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>Nenhum segredo está guardado nesta sessão com esse nome.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>somente esta sessão</translation>
    </message>
    <message>
        <source>The secret store is unavailable.</source>
        <translation>O armazenamento de segredos não está disponível.</translation>
    </message>
</context>
<context>
    <name>ModerationLog</name>
    <message>
        <source>Cannot write the moderation log %1: %2</source>
        <translation>Não é possível gravar o registro de moderação %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the moderation log %1: %2</source>
        <translation>Não é possível ler o registro de moderação %1: %2</translation>
    </message>
</context>
<context>
    <name>ModerationLogEntry</name>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 e mais %n</numerusform>
            <numerusform>%1, %2 e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogWindow</name>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Desfazer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Moderation log — %1</source>
        <translation>Registro de moderação — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Pesquisar no registro</translation>
    </message>
    <message>
        <source>Search user, room, note, result</source>
        <translation>Pesquisar usuário, sala, nota, resultado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Registro de moderação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>A API do Watchers não tem uma forma documentada de remover um emblema de usuários; faça isso no painel de administração do Watchers.</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>Exportar registro de moderação</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Banimentos</translation>
    </message>
    <message>
        <source>Unbans</source>
        <translation>Desbanimentos</translation>
    </message>
    <message>
        <source>Moderator grants</source>
        <translation>Concessões de moderador</translation>
    </message>
    <message>
        <source>Badge assignments</source>
        <translation>Atribuições de emblemas</translation>
    </message>
    <message>
        <source>Badge removals</source>
        <translation>Remoções de emblemas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of Badge Desk&apos;s menus and messages. &quot;System default&quot; follows the languages chosen in your system settings. Takes effect the next time Badge Desk starts.</source>
        <translation>O idioma dos menus e mensagens do Badge Desk. “Padrão do sistema” segue os idiomas escolhidos nas configurações do sistema. Passa a valer na próxima vez que o Badge Desk for iniciado.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>Tempo limite de &amp;transferência:</translation>
    </message>
    <message>
        <source>Give up on a request when no data has moved for this many seconds (%1 to %2). Requests that only read are then tried again; changes are never sent twice by themselves.</source>
        <translation>Desistir de uma requisição quando nenhum dado for transferido durante esse número de segundos (de %1 a %2). Requisições que apenas leem são então repetidas; alterações nunca são enviadas duas vezes por conta própria.</translation>
    </message>
    <message>
        <source>Overall &amp;deadline:</source>
        <translation>&amp;Prazo total:</translation>
    </message>
    <message>
        <source>The longest one request may take in all, retries included, in seconds (at least the transfer timeout, at most %1). Then it fails with a message.</source>
        <translation>O tempo máximo que uma requisição pode levar no total, incluindo novas tentativas, em segundos (no mínimo o tempo limite de transferência, no máximo %1). Depois disso, ela falha com uma mensagem.</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Tarefas em massa</translation>
    </message>
    <message>
        <source>&amp;Batch size (IDs per call):</source>
        <translation>Tamanho do &amp;lote (IDs por chamada):</translation>
    </message>
    <message>
        <source>How many user IDs go into one assign call (%1 to %2; the Watchers API asks for at most %2). Smaller batches show progress more often, larger ones need fewer calls. Used by jobs started from now on.</source>
        <translation>Quantos IDs de usuário vão em uma chamada de atribuição (de %1 a %2; a API do Watchers aceita no máximo %2). Lotes menores mostram o progresso com mais frequência; lotes maiores precisam de menos chamadas. Vale para tarefas iniciadas a partir de agora.</translation>
    </message>
    <message>
        <source>&amp;Calls at the same time:</source>
        <translation>&amp;Chamadas simultâneas:</translation>
    </message>
    <message>
        <source>How many calls a bulk job keeps going at once (%1 to %2). More is faster but meets the server&apos;s rate limits sooner; Badge Desk then waits as the server asks. Used by jobs started from now on.</source>
        <translation>Quantas chamadas uma tarefa em massa mantém em andamento ao mesmo tempo (de %1 a %2). Mais é mais rápido, mas atinge antes os limites de taxa do servidor; o Badge Desk então espera o que o servidor pedir. Vale para tarefas iniciadas a partir de agora.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>nunca avisar</translation>
    </message>
    <message>
        <source>&amp;Warn about tokens older than:</source>
        <translation>&amp;Avisar sobre tokens com mais de:</translation>
    </message>
    <message>
        <source>For profiles created from now on: warn when the bearer token in use is older than this many days, as a reminder to rotate it. 0 never warns. A profile&apos;s own value is changed in its token manager.</source>
        <translation>Para perfis criados a partir de agora: avisar quando o token de portador em uso tiver mais que esse número de dias, como lembrete para trocá-lo. 0 nunca avisa. O valor próprio de um perfil é alterado no gerenciador de tokens dele.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Choose the folder in a file browser.</source>
        <translation>Escolher a pasta em um navegador de arquivos.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restaurar padrão</translation>
    </message>
    <message>
        <source>Use the default folder: %1</source>
        <translation>Usar a pasta padrão: %1</translation>
    </message>
    <message>
        <source>Where drafts, job journals and moderation logs are kept. Empty means the default folder. Takes effect the next time Badge Desk starts; you are asked whether the existing data moves along.</source>
        <translation>Onde ficam os rascunhos, os diários de tarefas e os registros de moderação. Vazio significa a pasta padrão. Passa a valer na próxima vez que o Badge Desk for iniciado; você será perguntado se os dados existentes devem ser movidos junto.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Put every field back to its default. Nothing is saved before OK.</source>
        <translation>Voltar cada campo ao seu valor padrão. Nada é salvo antes de OK.</translation>
    </message>
    <message>
        <source>Badge Desk will speak %1 from the next time it starts.</source>
        <translation>O Badge Desk falará %1 a partir da próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Em uso agora: %1</translation>
    </message>
    <message>
        <source>BADGEDESK_DATA_DIR is set, so it decides where data is kept in this session.</source>
        <translation>BADGEDESK_DATA_DIR está definida, então ela decide onde os dados ficam nesta sessão.</translation>
    </message>
    <message>
        <source>From the next start: %1. Your drafts, job journals and moderation logs will be moved there then.</source>
        <translation>A partir da próxima inicialização: %1. Seus rascunhos, diários de tarefas e registros de moderação serão movidos para lá nesse momento.</translation>
    </message>
    <message>
        <source>From the next start: %1.</source>
        <translation>A partir da próxima inicialização: %1.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Escolher a pasta de dados</translation>
    </message>
    <message>
        <source>Move your data?</source>
        <translation>Mover seus dados?</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs are in %1.

Move them to %2 the next time Badge Desk starts? Every file is copied and checked before the old one is removed.

If you leave them, they stay where they are and Badge Desk starts with an empty folder. Nothing is deleted.</source>
        <translation>Seus rascunhos, diários de tarefas e registros de moderação estão em %1.

Movê-los para %2 na próxima vez que o Badge Desk for iniciado? Cada arquivo é copiado e verificado antes que o antigo seja removido.

Se você deixá-los, eles ficam onde estão e o Badge Desk inicia com uma pasta vazia. Nada é excluído.</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Deixar</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A saved profile has no id or name.</source>
        <translation>Um perfil salvo não tem ID nem nome.</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <source>The local sandbox gets its credentials when it starts; there is nothing to read from the keychain.</source>
        <translation>O ambiente de testes local recebe as credenciais ao iniciar; não há nada para ler do chaveiro.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no active bearer token. Add one under Profiles and tokens.</source>
        <translation>O perfil &quot;%1&quot; não tem um token de portador ativo. Adicione um em Perfis e tokens.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Nenhum armazenamento de segredos está disponível.</translation>
    </message>
    <message>
        <source>The API key of profile &quot;%1&quot; is not in the keychain. Enter it again under Profiles and tokens.</source>
        <translation>A chave de API do perfil &quot;%1&quot; não está no chaveiro. Digite-a novamente em Perfis e tokens.</translation>
    </message>
    <message>
        <source>The bearer token &quot;%1&quot; of profile &quot;%2&quot; is not in the keychain. Paste it again under Profiles and tokens.</source>
        <translation>O token de portador &quot;%1&quot; do perfil &quot;%2&quot; não está no chaveiro. Cole-o novamente em Perfis e tokens.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>ex.: Produção UE</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Custom base URL (staging)</source>
        <translation>URL base personalizada (homologação)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gião:</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>x-api-key from the admin panel</source>
        <translation>x-api-key do painel de administração</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Guardada no chaveiro; digite para substituir</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>Paste the bearer token (&quot;Bearer …&quot; is fine)</source>
        <translation>Cole o token de portador (&quot;Bearer …&quot; é aceito)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Rótulo do token</translation>
    </message>
    <message>
        <source>Token label, e.g. Anna&apos;s laptop</source>
        <translation>Rótulo do token, ex.: Notebook da Anna</translation>
    </message>
    <message>
        <source>Manage &amp;tokens…</source>
        <translation>Gerenciar &amp;tokens…</translation>
    </message>
    <message>
        <source>Manage tokens</source>
        <translation>Gerenciar tokens</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Token de &amp;portador:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>&amp;Rótulo do token:</translation>
    </message>
    <message>
        <source>Bearer tokens:</source>
        <translation>Tokens de portador:</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>Filled in from the first token</source>
        <translation>Preenchido a partir do primeiro token</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>ID do pro&amp;jeto:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde-azulado</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marrom</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Cinza</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>C&amp;or:</translation>
    </message>
    <message>
        <source>Production: show a banner and ask for typed confirmation before destructive and bulk actions</source>
        <translation>Produção: mostrar um aviso e pedir confirmação digitada antes de ações destrutivas e em massa</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Outro perfil já se chama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the custom base URL, e.g. https://staging.example.com.</source>
        <translation>Digite a URL base personalizada, ex.: https://staging.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>A URL base não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s API key.</source>
        <translation>Digite a chave de API do projeto.</translation>
    </message>
    <message>
        <source>Paste a bearer token.</source>
        <translation>Cole um token de portador.</translation>
    </message>
    <message>
        <source>Token 1</source>
        <translation>Token 1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nada foi salvo: %1</translation>
    </message>
    <message>
        <source>Enter the custom base URL first.</source>
        <translation>Digite primeiro a URL base personalizada.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>Enter the API key and paste a token to test them.</source>
        <translation>Digite a chave de API e cole um token para testá-los.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>T&amp;estar conexão</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Profiles and tokens</source>
        <translation>Perfis e tokens</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Tokens…</source>
        <translation>&amp;Tokens…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUÇÃO</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Ambiente de testes local</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Perfis não salvos</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message numerus="yes">
        <source>Delete the profile &quot;%1&quot;? Its API key and %n token(s) are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</source>
        <translation>
            <numerusform>Excluir o perfil &quot;%1&quot;? A chave de API e %n token são removidos do chaveiro, e os rascunhos locais, diários de tarefas e registros do perfil são excluídos. Nada muda no servidor.</numerusform>
            <numerusform>Excluir o perfil &quot;%1&quot;? A chave de API e %n tokens são removidos do chaveiro, e os rascunhos locais, diários de tarefas e registros do perfil são excluídos. Nada muda no servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <source>Some keychain items could not be removed: %1</source>
        <translation>Não foi possível remover alguns itens do chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This token belongs to project %1, but the profile is for project %2.</source>
        <translation>Este token pertence ao projeto %1, mas o perfil é do projeto %2.</translation>
    </message>
    <message numerus="yes">
        <source>This token is %n day(s) old, older than the rotation age you set.</source>
        <translation>
            <numerusform>Este token tem %n dia, mais do que o prazo de rotação que você definiu.</numerusform>
            <numerusform>Este token tem %n dias, mais do que o prazo de rotação que você definiu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is too large to be ours.</source>
        <translation>O arquivo de perfis %1 é grande demais para ser do Badge Desk.</translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read: %2</source>
        <translation>Não foi possível ler o arquivo de perfis %1: %2</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It was left as it is.</source>
        <translation>O arquivo de perfis %1 está danificado (%2). Ele foi deixado como está.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not overwritten. Move it aside and try again.</source>
        <translation>O arquivo de perfis %1 está danificado; ele não foi substituído. Mova-o para outro lugar e tente novamente.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os perfis em %1: %2</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Ambiente de testes local</translation>
    </message>
</context>
<context>
    <name>ProfilesPrompter</name>
    <message>
        <source>No keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source>%1

Use the token for this session only? It is kept in memory and forgotten when Badge Desk quits.</source>
        <translation>%1

Usar o token somente nesta sessão? Ele fica na memória e é esquecido quando o Badge Desk for encerrado.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar somente nesta sessão</translation>
    </message>
</context>
<context>
    <name>RegionInfo</name>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>América do Sul</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Ásia</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Registro de requisições</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalhes da requisição</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Selecione uma requisição para ver os detalhes.</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copiar como cURL</translation>
    </message>
    <message>
        <source>Include token and API key</source>
        <translation>Incluir token e chave de API</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Exportar o registro de requisições</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Li&amp;mpar</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Limpar o registro de requisições</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started: %1 (UTC)</source>
        <translation>Início: %1 (UTC)</translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2 ms   Received: %3 bytes   Attempt: %4</source>
        <translation>Status: %1   Duração: %2 ms   Recebidos: %3 bytes   Tentativa: %4</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Cabeçalhos da requisição:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Corpo da requisição:</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Incluir segredos</translation>
    </message>
    <message>
        <source>The command will contain the bearer token and the API key in plain text. Anyone who sees it can act on this project. Include them?</source>
        <translation>O comando conterá o token de portador e a chave de API em texto simples. Qualquer pessoa que o vir poderá agir neste projeto. Incluí-los?</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Exportar registro de requisições</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>The request log could not be written to %1: %2</source>
        <translation>Não foi possível gravar o registro de requisições em %1: %2</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentativa %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Não foi possível iniciar o ambiente de testes local: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1).</source>
        <translation>O ambiente de testes local parou inesperadamente (código de saída %1).</translation>
    </message>
    <message>
        <source>The local sandbox (badgedesk-sandbox) is not installed next to Badge Desk.</source>
        <translation>O ambiente de testes local (badgedesk-sandbox) não está instalado junto ao Badge Desk.</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>O ambiente de testes local não iniciou em %n segundo.</numerusform>
            <numerusform>O ambiente de testes local não iniciou em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox printed an unexpected address.</source>
        <translation>O ambiente de testes local informou um endereço inesperado.</translation>
    </message>
</context>
<context>
    <name>SentMessage</name>
    <message>
        <source>The server answered with %1 instead of the sent message.</source>
        <translation>O servidor respondeu com %1 em vez da mensagem enviada.</translation>
    </message>
    <message>
        <source>The sent message has no “id”.</source>
        <translation>A mensagem enviada não tem “id”.</translation>
    </message>
    <message>
        <source>The “id” of the sent message must be a whole number, but it is %1.</source>
        <translation>O “id” da mensagem enviada deve ser um número inteiro, mas é %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, grouped by menu. Tab and Shift+Tab move between fields; Alt with an underlined letter goes to that field or button.</source>
        <translation>Todos os comandos que têm um atalho, agrupados por menu. Tab e Shift+Tab passam de um campo a outro; Alt com uma letra sublinhada vai para esse campo ou botão.</translation>
    </message>
    <message>
        <source>Part of a command or a key</source>
        <translation>Parte de um comando ou de uma tecla</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Bearer tokens of %1</source>
        <translation>Tokens de portador de %1</translation>
    </message>
    <message>
        <source>Tokens are kept in: &lt;b&gt;%1&lt;/b&gt;. Only labels and dates are saved with the profile.</source>
        <translation>Os tokens ficam guardados em: &lt;b&gt;%1&lt;/b&gt;. Somente rótulos e datas são salvos com o perfil.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>lugar nenhum</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Tokens de portador</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Token selecionado</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Rótulo:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Re&amp;velar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalhes do token</translation>
    </message>
    <message>
        <source>Token warnings</source>
        <translation>Avisos do token</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Re&amp;place with pasted token</source>
        <translation>&amp;Substituir pelo token colado</translation>
    </message>
    <message>
        <source>Replace with pasted token</source>
        <translation>Substituir pelo token colado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Add or rotate a token</source>
        <translation>Adicionar ou trocar um token</translation>
    </message>
    <message>
        <source>New token label</source>
        <translation>Rótulo do novo token</translation>
    </message>
    <message>
        <source>e.g. CI bot, Anna&apos;s laptop</source>
        <translation>ex.: bot de CI, notebook da Anna</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>Rót&amp;ulo:</translation>
    </message>
    <message>
        <source>Paste token</source>
        <translation>Colar token</translation>
    </message>
    <message>
        <source>Paste the token (&quot;Bearer …&quot; is fine)</source>
        <translation>Cole o token (&quot;Bearer …&quot; é aceito)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Adicionar token</translation>
    </message>
    <message>
        <source>Rotation age in days</source>
        <translation>Prazo de rotação em dias</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>nunca avisar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Warn when older than:</source>
        <translation>Avisar quando tiver mais de:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>T&amp;estar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>No token yet. Paste one below: in the Watchers admin panel, Settings → Bearer tokens.</source>
        <translation>Nenhum token ainda. Cole um abaixo: no painel de administração do Watchers, em Settings → Bearer tokens.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Adicionado em %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido em %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projeto %1</translation>
    </message>
    <message>
        <source>not a readable JWT, so project and age are unknown</source>
        <translation>não é um JWT legível, então o projeto e a idade são desconhecidos</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Cole um token primeiro.</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1</source>
        <translation>O token não foi salvo. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; saved in the keychain.</source>
        <translation>Token &quot;%1&quot; salvo no chaveiro.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is kept for this session only.</source>
        <translation>O token &quot;%1&quot; fica guardado somente nesta sessão.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renomeado para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Paste the new token into the Token field, then choose Replace.</source>
        <translation>Cole o novo token no campo Token e escolha “Substituir pelo token colado”.</translation>
    </message>
    <message>
        <source>The token was not replaced. %1</source>
        <translation>O token não foi substituído. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; replaced.</source>
        <translation>Token &quot;%1&quot; substituído.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Remover token</translation>
    </message>
    <message>
        <source>Remove the token &quot;%1&quot; from %2? It is deleted from the keychain; it stays valid on the server until revoked in the admin panel.</source>
        <translation>Remover o token &quot;%1&quot; de %2? Ele é excluído do chaveiro, mas continua válido no servidor até ser revogado no painel de administração.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Não foi possível remover o token: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; removed.</source>
        <translation>Token &quot;%1&quot; removido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active token.</source>
        <translation>&quot;%1&quot; agora é o token ativo.</translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Token copiado. A área de transferência será limpa em %n segundo.</numerusform>
            <numerusform>Token copiado. A área de transferência será limpa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>Award this badge automatically</source>
        <translation>Conceder este emblema automaticamente</translation>
    </message>
    <message>
        <source>This trigger was configured elsewhere in a form Badge Desk cannot edit. It is shown read-only and sent back unchanged.</source>
        <translation>Este gatilho foi configurado em outro lugar, em um formato que o Badge Desk não consegue editar. Ele é exibido somente para leitura e enviado de volta sem alterações.</translation>
    </message>
    <message>
        <source>Trigger (read-only)</source>
        <translation>Gatilho (somente leitura)</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>Limite para %1</translation>
    </message>
    <message>
        <source>Tracking period for %1</source>
        <translation>Período de contagem para %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Móvel</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>First message cannot be combined with any other condition.</source>
        <translation>“Primeira mensagem” não pode ser combinada com nenhuma outra condição.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Badge duration in days</source>
        <translation>Duração do emblema em dias</translation>
    </message>
    <message>
        <source>An awarded badge lasts:</source>
        <translation>Um emblema concedido dura:</translation>
    </message>
    <message>
        <source>Rolling period in days for %1</source>
        <translation>Período móvel em dias para %1</translation>
    </message>
    <message>
        <source>Period start for %1</source>
        <translation>Início do período para %1</translation>
    </message>
    <message>
        <source>Period end for %1</source>
        <translation>Fim do período para %1</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>First message</source>
        <translation>Primeira mensagem</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Número de mensagens</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Time spent in chat</source>
        <translation>Tempo no chat</translation>
    </message>
    <message>
        <source>Received reactions</source>
        <translation>Reações recebidas</translation>
    </message>
    <message>
        <source>Given reactions</source>
        <translation>Reações dadas</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Started threads</source>
        <translation>Tópicos iniciados</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Convites enviados</translation>
    </message>
    <message>
        <source>Poll votes</source>
        <translation>Votos em enquetes</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Respostas a quizzes</translation>
    </message>
    <message>
        <source>Chat activity</source>
        <translation>Atividade no chat</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interações</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>dias seguidos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensagens</translation>
    </message>
    <message>
        <source>times</source>
        <translation>vezes</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>O endereço do servidor &quot;%1&quot; não é uma URL válida.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; credentials go in the profile, where they are kept in the keychain.</source>
        <translation>O endereço do servidor não pode conter nome de usuário nem senha; as credenciais ficam no perfil, onde são guardadas no chaveiro.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https://.</source>
        <translation>Conexão http:// sem criptografia com %1 recusada: o token trafegaria sem proteção. Use https://.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;: use https://.</source>
        <translation>Esquema de endereço não suportado: &quot;%1&quot;. Use https://.</translation>
    </message>
</context>
<context>
    <name>UserIdIssue</name>
    <message>
        <source>Line %1: empty value, left out.</source>
        <translation>Linha %1: valor vazio, omitido.</translation>
    </message>
    <message>
        <source>Line %1: longer than %2 characters, left out.</source>
        <translation>Linha %1: mais de %2 caracteres, omitido.</translation>
    </message>
    <message>
        <source>Line %1: contains a control character, left out.</source>
        <translation>Linha %1: contém um caractere de controle, omitido.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; looks encrypted or URL-encoded; the API expects the plain ID.</source>
        <translation>Linha %1: &quot;%2&quot; parece criptografado ou codificado para URL; a API espera o ID simples.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; appears more than once; sent once.</source>
        <translation>Linha %1: &quot;%2&quot; aparece mais de uma vez; enviado uma só vez.</translation>
    </message>
</context>
<context>
    <name>WatchersClient</name>
    <message>
        <source>The bearer token contains spaces or characters a token cannot have.</source>
        <translation>O token de portador contém espaços ou caracteres que um token não pode ter.</translation>
    </message>
    <message>
        <source>Paste the token again, exactly as the admin panel shows it.</source>
        <translation>Cole o token novamente, exatamente como o painel de administração o exibe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>A resposta do servidor tem mais de %n MB; ela não foi lida.</numerusform>
            <numerusform>A resposta do servidor tem mais de %n MB; ela não foi lida.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Não foi possível ler a resposta do servidor.</translation>
    </message>
    <message>
        <source>Check that the address points at the Watchers API of the right region.</source>
        <translation>Verifique se o endereço aponta para a API do Watchers da região certa.</translation>
    </message>
    <message>
        <source>The created badge has no id.</source>
        <translation>O emblema criado não tem ID.</translation>
    </message>
    <message>
        <source>This badge has not been created yet.</source>
        <translation>Este emblema ainda não foi criado.</translation>
    </message>
    <message>
        <source>Create it first; only existing badges can be updated.</source>
        <translation>Crie-o primeiro; só emblemas existentes podem ser atualizados.</translation>
    </message>
    <message>
        <source>The server accepted the request, so it was probably created: refresh before trying again, so nothing is created twice.</source>
        <translation>O servidor aceitou a requisição, então provavelmente o item foi criado: atualize antes de tentar novamente, para que nada seja criado duas vezes.</translation>
    </message>
</context>
<context>
    <name>WcagContrast</name>
    <message>
        <source>AAA</source>
        <translation>AAA</translation>
    </message>
    <message>
        <source>AA</source>
        <translation>AA</translation>
    </message>
    <message>
        <source>AA large text only</source>
        <translation>AA só para texto grande</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Não atende</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
</context>
<context>
    <name>WelcomeCardPreview</name>
    <message>
        <source>Welcome message preview</source>
        <translation>Prévia da mensagem de boas-vindas</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Badge Desk</source>
        <translation>Boas-vindas ao Badge Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Badge Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas ao Badge Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design badges, hand them out, and moderate your Watchers chat. Everything stays on this computer; tokens live only in the OS keychain.</source>
        <translation>Crie emblemas, distribua-os e modere seu chat do Watchers. Tudo fica neste computador; os tokens ficam apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Experimentar o ambiente de testes local</translation>
    </message>
    <message>
        <source>A private stand-in server with demo badges on this computer. No account or credentials needed.</source>
        <translation>Um servidor substituto privado, com emblemas de demonstração, neste computador. Não precisa de conta nem de credenciais.</translation>
    </message>
    <message>
        <source>Connect to a Watchers project</source>
        <translation>Conectar a um projeto do Watchers</translation>
    </message>
    <message>
        <source>Region, API key and a bearer token from the admin panel (Settings → Bearer tokens).</source>
        <translation>Região, chave de API e um token de portador do painel de administração (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect to a Watchers project&lt;/h3&gt;&lt;p&gt;Find the API key and create a bearer token in the Watchers admin panel (Settings → Bearer tokens). Test, then save: the key and token go to the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conectar a um projeto do Watchers&lt;/h3&gt;&lt;p&gt;Encontre a chave de API e crie um token de portador no painel de administração do Watchers (Settings → Bearer tokens). Teste e depois salve: a chave e o token vão para o chaveiro do sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando o ambiente de testes local…</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>O ambiente de testes local não iniciou: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Badge Desk</source>
        <translation>Badge Desk</translation>
    </message>
    <message>
        <source>Badge Desk: admin panel for the Watchers chat API.</source>
        <translation>Badge Desk: painel de administração para a API de chat do Watchers.</translation>
    </message>
    <message>
        <source>Start a private local sandbox with demo data and open it.</source>
        <translation>Iniciar um ambiente de testes local privado com dados de demonstração e abri-lo.</translation>
    </message>
    <message>
        <source>Connect with WATCHERS_BASE_URL or WATCHERS_REGION, WATCHERS_API_KEY and WATCHERS_TOKEN, without a saved profile.</source>
        <translation>Conectar com WATCHERS_BASE_URL ou WATCHERS_REGION, WATCHERS_API_KEY e WATCHERS_TOKEN, sem um perfil salvo.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Abrir o perfil salvo NOME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não há nenhum perfil com o nome &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
