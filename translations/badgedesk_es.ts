<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Badge Desk</source>
        <translation>Acerca de Badge Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>An admin panel for the Watchers chat API: design badges, give them to many users at once, and moderate.</source>
        <translation>Un panel de administración para la API de chat de Watchers: diseñe insignias, asígnelas a muchos usuarios a la vez y modere.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Copyright © 2026 The Badge Desk authors.</source>
        <translation>Software libre bajo la licencia MIT. Copyright © 2026 Los autores de Badge Desk.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>&amp;Copiar versión</translation>
    </message>
    <message>
        <source>Copy the versions of Badge Desk, Qt and the system, for a bug report</source>
        <translation>Copiar las versiones de Badge Desk, Qt y el sistema, para un informe de error</translation>
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
        <translation>Entorno de pruebas local</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1). Open the sandbox profile again to restart it.</source>
        <translation>El entorno de pruebas local se detuvo inesperadamente (código de salida %1). Vuelva a abrir el perfil del entorno de pruebas para reiniciarlo.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>There is no profile with that id.</source>
        <translation>No hay ningún perfil con ese ID.</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>No se abrió el perfil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>No se pudo abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>No se guardaron los perfiles</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Perfiles y tokens…</translation>
    </message>
    <message>
        <source>Copy to profile</source>
        <translation>Copiar a perfil</translation>
    </message>
    <message>
        <source>Open the local sandbox once first, then copy to it.</source>
        <translation>Abra primero el entorno de pruebas local una vez y luego copie en él.</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>Registro de &amp;solicitudes</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudo escribir la configuración en %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in the expected format; fix or remove it.</source>
        <translation>El archivo de configuración %1 no tiene el formato esperado; corríjalo o elimínelo.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign badge to users — %1</source>
        <translation>Asignar insignia a usuarios — %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Insignia %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this badge now.</source>
        <translation>
            <numerusform>%n usuario tiene esta insignia ahora.</numerusform>
            <numerusform>%n usuarios tienen esta insignia ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder count unknown.</source>
        <translation>Número de titulares desconocido.</translation>
    </message>
    <message>
        <source>⚠ These users lose the badge. They are not told.</source>
        <translation>⚠ Estos usuarios pierden la insignia. No se les avisa.</translation>
    </message>
    <message>
        <source>⚠ Every new holder sees the welcome message “%1” when they next enter the chat. Users who already hold the badge are not affected.</source>
        <translation>⚠ Cada nuevo titular verá el mensaje de bienvenida “%1” la próxima vez que entre en el chat. A los usuarios que ya tienen la insignia no les afecta.</translation>
    </message>
    <message>
        <source>Remove badge from users — %1</source>
        <translation>Quitar insignia a usuarios — %1</translation>
    </message>
    <message>
        <source>Choose a saved badge first.</source>
        <translation>Elija primero una insignia guardada.</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>La API de Watchers no ofrece ninguna forma documentada de quitar una insignia a los usuarios; hágalo en el panel de administración de Watchers.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>The field “%1” must be text, but it is %2.</source>
        <translation>El campo “%1” debe ser texto, pero es %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be text or null, but it is %2.</source>
        <translation>El campo “%1” debe ser texto o null, pero es %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number from 0 to %2, but it is %3.</source>
        <translation>El campo “%1” debe ser un número entero de 0 a %2, pero es %3.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object or null, but it is %2.</source>
        <translation>El campo “%1” debe ser un objeto o null, pero es %2.</translation>
    </message>
    <message>
        <source>A badge must be a JSON object, but this is %1.</source>
        <translation>Una insignia debe ser un objeto JSON, pero esto es %1.</translation>
    </message>
    <message>
        <source>Expected a list of badges (a JSON array, or an object with a “data” or “items” array), but got %1.</source>
        <translation>Se esperaba una lista de insignias (un array JSON o un objeto con un array “data” o “items”), pero se recibió %1.</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list (id %3): %4</source>
        <translation>Insignia %1 de %2 de la lista (ID %3): %4</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list: %3</source>
        <translation>Insignia %1 de %2 de la lista: %3</translation>
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
        <translation>&amp;Guardar insignia</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Re&amp;vertir cambios</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Badge editor</source>
        <translation>Editor de insignias</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the badge (%1)</source>
        <translation>Guardar la insignia (%1)</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Badge text</source>
        <translation>Texto de la insignia</translation>
    </message>
    <message>
        <source>Short label, emoji welcome</source>
        <translation>Etiqueta corta; se admiten emojis</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insertar emoji</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Color de fondo</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Color del texto</translation>
    </message>
    <message>
        <source>Text &amp;colour:</source>
        <translation>&amp;Color del texto:</translation>
    </message>
    <message>
        <source>Use the nearest readable text colour</source>
        <translation>Usar el color de texto legible más parecido</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>Contraste:</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Texto emergente</translation>
    </message>
    <message>
        <source>How to earn this badge</source>
        <translation>Cómo conseguir esta insignia</translation>
    </message>
    <message>
        <source>T&amp;ooltip:</source>
        <translation>Texto e&amp;mergente:</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Mensaje de bienvenida</translation>
    </message>
    <message>
        <source>Welcome picture address</source>
        <translation>Dirección de la imagen de bienvenida</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>Ima&amp;gen:</translation>
    </message>
    <message>
        <source>Welcome title</source>
        <translation>Título de bienvenida</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texto de bienvenida</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Icon and data</source>
        <translation>Icono y datos</translation>
    </message>
    <message>
        <source>Badge icon address</source>
        <translation>Dirección del icono de la insignia</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Formatear JSON</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Activador</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1</source>
        <translation>
            <numerusform>No se puede guardar: %1</numerusform>
            <numerusform>No se puede guardar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (y %n problema más)</numerusform>
            <numerusform> (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <source>Badge #%1%2</source>
        <translation>Insignia #%1%2</translation>
    </message>
    <message>
        <source> — edited</source>
        <translation> — modificada</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Nueva insignia</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Error al guardar: %1</translation>
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
        <translation>Texto sobre la insignia: %1</translation>
    </message>
    <message>
        <source>Text on badge: the text colour is empty or invalid, so the chat would use its default. Pick one, or use the button below.</source>
        <translation>Texto sobre la insignia: el color del texto está vacío o no es válido, así que el chat usaría su color predeterminado. Elija uno o use el botón de abajo.</translation>
    </message>
    <message>
        <source>Text on badge: choose a valid background colour first.</source>
        <translation>Texto sobre la insignia: elija primero un color de fondo válido.</translation>
    </message>
    <message>
        <source>%1 — stands out (≥ 3 : 1)</source>
        <translation>%1 — destaca (≥ 3 : 1)</translation>
    </message>
    <message>
        <source>%1 — blends in (&lt; 3 : 1)</source>
        <translation>%1 — se confunde con el fondo (&lt; 3 : 1)</translation>
    </message>
    <message>
        <source>Chip on light chat: %1</source>
        <translation>Insignia en chat claro: %1</translation>
    </message>
    <message>
        <source>Chip on dark chat: %1</source>
        <translation>Insignia en chat oscuro: %1</translation>
    </message>
    <message>
        <source>Empty: no data is stored.</source>
        <translation>Vacío: no se guardan datos.</translation>
    </message>
    <message>
        <source>Plain text.</source>
        <translation>Texto sin formato.</translation>
    </message>
    <message>
        <source>Looks like JSON, but is not valid at character %1: %2. It is still saved as text.</source>
        <translation>Parece JSON, pero no es válido en el carácter %1: %2. Se guarda igualmente como texto.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
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
        <translation>color de fondo</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>color del texto</translation>
    </message>
    <message>
        <source>tooltip</source>
        <translation>texto emergente</translation>
    </message>
    <message>
        <source>welcome picture</source>
        <translation>imagen de bienvenida</translation>
    </message>
    <message>
        <source>welcome title</source>
        <translation>título de bienvenida</translation>
    </message>
    <message>
        <source>welcome text</source>
        <translation>texto de bienvenida</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>icono</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>activador</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>Ic&amp;ono:</translation>
    </message>
    <message>
        <source>Select a badge in the list to edit it, or create one with New (%1).</source>
        <translation>Seleccione una insignia de la lista para editarla o cree una con “Nueva insignia” (%1).</translation>
    </message>
    <message>
        <source>No badge open</source>
        <translation>Ninguna insignia abierta</translation>
    </message>
</context>
<context>
    <name>BadgeExchange</name>
    <message>
        <source>This file is not a Badge Desk badge export.</source>
        <translation>Este archivo no es una exportación de insignias de Badge Desk.</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Texto emergente</translation>
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
        <translation>El activador no tiene condiciones. Añada una o quite el activador para asignar la insignia solo manualmente.</translation>
    </message>
    <message>
        <source>The condition %1 is used more than once; each kind of condition may appear only once.</source>
        <translation>La condición %1 se usa más de una vez; cada tipo de condición solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the threshold must be a whole number of at least 1.</source>
        <translation>Condición %1 (%2): el umbral debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a rolling period must last a whole number of days, at least 1.</source>
        <translation>Condición %1 (%2): un periodo móvil debe durar un número entero de días, como mínimo 1.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a custom period needs a start and an end as ISO-8601 UTC timestamps.</source>
        <translation>Condición %1 (%2): un periodo personalizado necesita un inicio y un fin como marcas de tiempo UTC en formato ISO-8601.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the custom period must start before it ends.</source>
        <translation>Condición %1 (%2): el periodo personalizado debe empezar antes de terminar.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the period must be rolling (a number of days) or custom (from and to).</source>
        <translation>Condición %1 (%2): el periodo debe ser móvil (un número de días) o personalizado (desde y hasta).</translation>
    </message>
    <message>
        <source>The condition FIRST_MESSAGE cannot be combined with other conditions.</source>
        <translation>La condición FIRST_MESSAGE no se puede combinar con otras condiciones.</translation>
    </message>
    <message>
        <source>The badge duration must be a whole number of days, at least 1, or permanent.</source>
        <translation>La duración de la insignia debe ser un número entero de días, como mínimo 1, o permanente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters, but at most %2 are allowed.</source>
        <translation>
            <numerusform>%1 es demasiado largo: %n carácter, pero se permiten como máximo %2.</numerusform>
            <numerusform>%1 es demasiado largo: %n caracteres, pero se permiten como máximo %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</source>
        <translation>
            <numerusform>%1 es demasiado largo: %n carácter según el recuento del servidor (%2 en pantalla; los emojis y los acentos pueden contar más de una vez), pero se permiten como máximo %3.</numerusform>
            <numerusform>%1 es demasiado largo: %n caracteres según el recuento del servidor (%2 en pantalla; los emojis y los acentos pueden contar más de una vez), pero se permiten como máximo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the address is empty. Enter an https:// address, or remove the picture.</source>
        <translation>%1: la dirección está vacía. Escriba una dirección https:// o quite la imagen.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address. Enter an address that starts with https://.</source>
        <translation>%1: “%2” no es una dirección web. Escriba una dirección que empiece por https://.</translation>
    </message>
    <message>
        <source>%1: the address is not encrypted (http://), and the chat may not load it. Use https:// if the server supports it.</source>
        <translation>%1: la dirección no está cifrada (http://) y es posible que el chat no la cargue. Use https:// si el servidor lo admite.</translation>
    </message>
    <message>
        <source>Enter the label shown on the badge.</source>
        <translation>Escriba la etiqueta que se muestra en la insignia.</translation>
    </message>
    <message numerus="yes">
        <source>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</source>
        <translation>
            <numerusform>La etiqueta tiene %n carácter; las etiquetas largas se recortan en el chat. Se recomienda un máximo de %1.</numerusform>
            <numerusform>La etiqueta tiene %n caracteres; las etiquetas largas se recortan en el chat. Se recomienda un máximo de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a background colour, for example #ea00fc.</source>
        <translation>Elija un color de fondo, por ejemplo #ea00fc.</translation>
    </message>
    <message>
        <source>The background colour “%1” is not a hex colour. Use the form #rrggbb, for example #ea00fc.</source>
        <translation>El color de fondo “%1” no es un color hexadecimal. Use el formato #rrggbb, por ejemplo #ea00fc.</translation>
    </message>
    <message>
        <source>The text colour is empty, so the chat would fall back to its default colour. Choose one, for example #000000.</source>
        <translation>El color del texto está vacío, así que el chat usaría su color predeterminado. Elija uno, por ejemplo #000000.</translation>
    </message>
    <message>
        <source>The text colour “%1” is not a hex colour. Use the form #rrggbb, for example #000000.</source>
        <translation>El color del texto “%1” no es un color hexadecimal. Use el formato #rrggbb, por ejemplo #000000.</translation>
    </message>
    <message>
        <source>Enter a tooltip: it tells other users how to earn the badge.</source>
        <translation>Escriba un texto emergente: indica a los demás usuarios cómo conseguir la insignia.</translation>
    </message>
    <message>
        <source>The tooltip</source>
        <translation>El texto emergente</translation>
    </message>
    <message>
        <source>Enter the title of the message users see when they receive the badge.</source>
        <translation>Escriba el título del mensaje que ven los usuarios al recibir la insignia.</translation>
    </message>
    <message>
        <source>The message title</source>
        <translation>El título del mensaje</translation>
    </message>
    <message>
        <source>Enter the text of the message users see when they receive the badge.</source>
        <translation>Escriba el texto del mensaje que ven los usuarios al recibir la insignia.</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>El texto del mensaje</translation>
    </message>
    <message>
        <source>Message picture</source>
        <translation>Imagen del mensaje</translation>
    </message>
    <message>
        <source>Badge icon</source>
        <translation>Icono de la insignia</translation>
    </message>
    <message>
        <source>The trigger must be an object or empty, but it is %1.</source>
        <translation>El activador debe ser un objeto o estar vacío, pero es %1.</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Ban or unban users — %1</source>
        <translation>Bloquear o desbloquear usuarios — %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>ID de sala</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Ban ends at</source>
        <translation>Fin del bloqueo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Whole app (IN_APP)</source>
        <translation>Toda la aplicación (IN_APP)</translation>
    </message>
    <message>
        <source>One room (IN_ROOM)</source>
        <translation>Una sala (IN_ROOM)</translation>
    </message>
    <message>
        <source>Room ID (required for a room ban)</source>
        <translation>ID de sala (obligatorio para bloquear en una sala)</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sin motivo</translation>
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
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Hasta…</translation>
    </message>
    <message>
        <source>Optional note, kept with the ban</source>
        <translation>Nota opcional, guardada con el bloqueo</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>An unban must repeat the scope of the ban it lifts (same type and room).</source>
        <translation>Un desbloqueo debe repetir el ámbito del bloqueo que levanta (mismo tipo y misma sala).</translation>
    </message>
    <message>
        <source>A forbidden nickname blocks the user until they change it: no duration.</source>
        <translation>Un apodo prohibido bloquea al usuario hasta que lo cambie: sin duración.</translation>
    </message>
    <message>
        <source>Ends %1 your time (%2) — sent as %3 UTC.</source>
        <translation>Termina el %1, hora local (%2) — se envía como %3 UTC.</translation>
    </message>
    <message>
        <source>Permanent: the ban stays until someone lifts it.</source>
        <translation>Permanente: el bloqueo se mantiene hasta que alguien lo levante.</translation>
    </message>
    <message>
        <source>Enter the room ID for a room ban.</source>
        <translation>Escriba el ID de sala para un bloqueo en una sala.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Ámbit&amp;o:</translation>
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
        <translation>Dura&amp;ción:</translation>
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
        <translation>Ataques personales / datos personales</translation>
    </message>
    <message>
        <source>Flooding / spam</source>
        <translation>Mensajes masivos / spam</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Fraud / scam</source>
        <translation>Fraude / estafa</translation>
    </message>
    <message>
        <source>Forbidden nickname</source>
        <translation>Apodo prohibido</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Repeated violation</source>
        <translation>Infracción reiterada</translation>
    </message>
</context>
<context>
    <name>BanRequest</name>
    <message>
        <source>A ban in all rooms ignores the room ID; it is not sent.</source>
        <translation>Un bloqueo en todas las salas ignora el ID de sala; no se envía.</translation>
    </message>
    <message>
        <source>A ban for a forbidden nickname has no end date: it lasts until the user changes the nickname. Choose “permanent”.</source>
        <translation>Un bloqueo por apodo prohibido no tiene fecha de fin: dura hasta que el usuario cambie el apodo. Elija “permanente”.</translation>
    </message>
    <message>
        <source>The end date of the ban is not a valid date.</source>
        <translation>La fecha de fin del bloqueo no es una fecha válida.</translation>
    </message>
    <message>
        <source>The end of the ban (%1 UTC) is not in the future.</source>
        <translation>El fin del bloqueo (%1 UTC) no está en el futuro.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>La nota tiene %n carácter; se permiten como máximo %1.</numerusform>
            <numerusform>La nota tiene %n caracteres; se permiten como máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Ban / unban users…</source>
        <translation>&amp;Bloquear o desbloquear usuarios…</translation>
    </message>
    <message>
        <source>Grant &amp;moderator…</source>
        <translation>Conceder rol de &amp;moderador…</translation>
    </message>
    <message>
        <source>Moderation &amp;log</source>
        <translation>Re&amp;gistro de moderación</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
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
        <translation>Confirmación escrita</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is a production profile.&lt;/b&gt; Type &lt;b&gt;%2&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;%1 es un perfil de producción.&lt;/b&gt; Escriba &lt;b&gt;%2&lt;/b&gt; para confirmar.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 — %n user(s), </source>
        <translation>
            <numerusform>Simulación: %1 — %n usuario, </numerusform>
            <numerusform>Simulación: %1 — %n usuarios, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s). Nothing was sent.</source>
        <translation>
            <numerusform>%n llamada. No se envió nada.</numerusform>
            <numerusform>%n llamadas. No se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm first.</source>
        <translation>Escriba primero %1 para confirmar.</translation>
    </message>
    <message>
        <source>Add at least one user ID.</source>
        <translation>Añada al menos un ID de usuario.</translation>
    </message>
    <message>
        <source>Job %1 started. You can close this window; the job is saved and can be resumed from Tools → Jobs.</source>
        <translation>Tarea %1 iniciada. Puede cerrar esta ventana; la tarea se guarda y se puede reanudar desde Herramientas → Tareas.</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <source>Enter the message text.</source>
        <translation>Escriba el texto del mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>El mensaje tiene %n carácter; se permiten como máximo %1.</numerusform>
            <numerusform>El mensaje tiene %n caracteres; se permiten como máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipPreview</name>
    <message>
        <source>Chip preview on the chat&apos;s light and dark backgrounds</source>
        <translation>Vista previa de la insignia sobre los fondos claro y oscuro del chat</translation>
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
        <translation>¡Hola a todos! 👋</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>badgedesk-cli: %1</source>
        <translation>badgedesk-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;badgedesk-cli --help&apos;.</source>
        <translation>Pruebe &apos;badgedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is not accepted: pass secrets through the environment or a saved profile.</source>
        <translation>--%1 no se admite: pase los secretos mediante el entorno o un perfil guardado.</translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation>--output debe ser text, json o csv.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indique un comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the saved profiles: %1</source>
        <translation>No se pueden leer los perfiles guardados: %1</translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil guardado llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No credentials: %1 Or use --profile NAME.</source>
        <translation>Sin credenciales: %1 O use --profile NOMBRE.</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>entorno (%1)</translation>
    </message>
    <message>
        <source>Use &quot;jobs list&quot; or &quot;jobs resume JOB_ID&quot;.</source>
        <translation>Use &quot;jobs list&quot; o &quot;jobs resume ID_TAREA&quot;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Give the badge with --from FILE.json.</source>
        <translation>Indique la insignia con --from ARCHIVO.json.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
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
        <translation>El ID de una insignia es un número positivo.</translation>
    </message>
    <message>
        <source>Dry run: would delete badge %1.</source>
        <translation>Simulación: se eliminaría la insignia %1.</translation>
    </message>
    <message>
        <source>Badge %1 deleted.</source>
        <translation>Insignia %1 eliminada.</translation>
    </message>
    <message>
        <source>Use badges list, get ID, create --from FILE, update ID --from FILE or delete ID.</source>
        <translation>Use badges list, get ID, create --from ARCHIVO, update ID --from ARCHIVO o delete ID.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Use: assign BADGE_ID --ids FILE</source>
        <translation>Uso: assign ID_INSIGNIA --ids ARCHIVO</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--type must be IN_APP or IN_ROOM.</source>
        <translation>--type debe ser IN_APP o IN_ROOM.</translation>
    </message>
    <message>
        <source>--room is only for --type IN_ROOM.</source>
        <translation>--room solo se admite con --type IN_ROOM.</translation>
    </message>
    <message>
        <source>Unknown --reason &quot;%1&quot;.</source>
        <translation>--reason desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires must be 1h, 24h, 7d, 30d, permanent or &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</source>
        <translation>--expires debe ser 1h, 24h, 7d, 30d, permanent o &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</translation>
    </message>
    <message>
        <source>unban takes only --type and --room.</source>
        <translation>unban solo admite --type y --room.</translation>
    </message>
    <message>
        <source>grant-moderator needs --room ID.</source>
        <translation>grant-moderator necesita --room ID.</translation>
    </message>
    <message>
        <source>Give the user IDs with --ids FILE (&quot;-&quot; for standard input).</source>
        <translation>Indique los ID de usuario con --ids ARCHIVO (&quot;-&quot; para la entrada estándar).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>--batch-size must be between 1 and 1000.</source>
        <translation>--batch-size debe estar entre 1 y 1000.</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>Simulación: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n user(s) to send</source>
        <translation>
            <numerusform>  %n usuario por enviar</numerusform>
            <numerusform>  %n usuarios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n skipped (duplicates or invalid)</source>
        <translation>
            <numerusform>  %n omitido (duplicado o no válido)</numerusform>
            <numerusform>  %n omitidos (duplicados o no válidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n call(s) would be made; nothing was sent.</source>
        <translation>
            <numerusform>  Se haría %n llamada; no se envió nada.</numerusform>
            <numerusform>  Se harían %n llamadas; no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user IDs to send.</source>
        <translation>No hay ningún ID de usuario que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 started: %2, %n ID(s) to send.</source>
        <translation>
            <numerusform>Tarea %1 iniciada: %2, %n ID por enviar.</numerusform>
            <numerusform>Tarea %1 iniciada: %2, %n ID por enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>%1: %2 completados, %3 fallidos, %4 omitidos, %5 pendientes.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fallido: %1: %2</translation>
    </message>
    <message>
        <source>Job %1 paused: %2</source>
        <translation>Tarea %1 en pausa: %2</translation>
    </message>
    <message>
        <source>Resume it with: badgedesk-cli jobs resume %1</source>
        <translation>Reanúdela con: badgedesk-cli jobs resume %1</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 completados, %2 fallidos, %3 pendientes</translation>
    </message>
    <message>
        <source>No jobs for this profile.</source>
        <translation>No hay tareas para este perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: job %1 would send %n ID(s).</source>
        <translation>
            <numerusform>Simulación: la tarea %1 enviaría %n ID.</numerusform>
            <numerusform>Simulación: la tarea %1 enviaría %n ID.</numerusform>
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
        <translation>Uso: badgedesk-cli [--profile NOMBRE] [--dry-run] [--output text|json|csv] COMANDO

Badge Desk en la línea de comandos: el mismo motor y el mismo diario de tareas que la aplicación.

Comandos:
  badges list                              todas las insignias (JSON con --output json)
  badges get ID                            una insignia como JSON
  badges create --from ARCHIVO.json        crea una insignia desde un objeto JSON y muestra su ID
  badges update ID --from ARCHIVO.json     reemplaza los campos de una insignia (se envía entera)
  badges delete ID                         elimina una insignia (sus titulares la pierden)
  assign ID_INSIGNIA --ids ARCHIVO         da una insignia a cada usuario de ARCHIVO
  ban --ids ARCHIVO --type IN_APP|IN_ROOM [--room ID] [--reason NOMBRE|CÓDIGO]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXTO]
                                           bloquea usuarios (sin --expires: permanente)
  unban --ids ARCHIVO --type IN_APP|IN_ROOM [--room ID]
                                           levanta bloqueos; repita el ámbito del bloqueo
  grant-moderator --room ID --ids ARCHIVO  hace a los usuarios moderadores de una sala
                                           (la API no puede revocarlo: use el panel de Watchers)
  jobs list                                las tareas de este perfil, las más recientes primero
  jobs resume ID_TAREA                     continúa una tarea interrumpida o en pausa; los ID
                                           confirmados no se reenvían (basta un prefijo único del ID)

Opciones:
  --profile NOMBRE      un perfil guardado de la aplicación (nombre o ID); su token se lee del
                        llavero del sistema. Sin esta opción se usa el entorno (ver abajo).
  --dry-run             comprueba y cuenta todo, no envía nada y no escribe ningún diario
  --output FORMATO      text (predeterminado), json o csv (resultados por ID de una tarea)
  --ids ARCHIVO         ID de usuario separados por comas, punto y coma, tabuladores, espacios o
                        saltos de línea, comillas y encabezado opcionales; &quot;-&quot; lee la entrada estándar
  --from ARCHIVO.json   una insignia en JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        ID por llamada de asignación (predeterminado: Preferencias de Badge Desk,
                        si no, 500)
  --in-flight N         llamadas simultáneas (predeterminado: Preferencias, si no, 4)
  --rate N              como máximo N llamadas por segundo (predeterminado: sin límite)
  --max-attempts N      intentos por llamada antes de dar sus ID por fallidos (predeterminado: 6)
  --skip-encrypted      excluye los ID que parecen cifrados (Base64, codificación por porcentaje)
  -h, --help            este texto
  --version             la versión

Motivos (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(no admite --expires), POLITICAL 7, REPEATED 8. Las fechas de --expires están en UTC.

Entorno (si no se indica --profile):
  WATCHERS_BASE_URL o WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Las credenciales nunca se aceptan como argumentos: otros usuarios pueden ver los argumentos.
  BADGEDESK_DATA_DIR    dónde se guardan los diarios de tareas y el registro de moderación
  BADGEDESK_CONFIG_DIR  de dónde se leen los perfiles guardados y las Preferencias de la
                        aplicación (settings.ini: tiempos de espera, tamaño de lote, llamadas
                        simultáneas, carpeta de datos)

Tareas: cada assign, ban, unban y grant-moderator se ejecuta como una tarea con un diario en
disco. El ID de la tarea se escribe en la salida de error estándar al empezar. Tras un cierre
inesperado, un kill o un problema de credenciales, `jobs resume ID_TAREA` envía solo lo no confirmado.

Códigos de salida:
  0  éxito
  1  la API rechazó la solicitud (validación, insignia o sala desconocida) o error de archivo
  2  error de uso (comando u opción desconocidos, falta un argumento, entrada ilegible)
  3  error de credenciales (ninguna, perfil desconocido, llavero, token o clave de API rechazados)
  4  fallo parcial: la tarea terminó, pero algunos ID fallaron (vea los resultados)
  5  fallo de red: servidor inaccesible, tiempos de espera o errores tras agotar los reintentos;
     la tarea queda en pausa y se puede reanudar
</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose colour</source>
        <translation>Elegir color</translation>
    </message>
    <message>
        <source>Open the colour dialog</source>
        <translation>Abrir el selector de color</translation>
    </message>
    <message>
        <source>Hex colour</source>
        <translation>Color hexadecimal</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Preset colours</source>
        <translation>Colores predefinidos</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinidos</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The project has %n badge(s).</source>
        <translation>
            <numerusform>Conectado. El proyecto tiene %n insignia.</numerusform>
            <numerusform>Conectado. El proyecto tiene %n insignias.</numerusform>
        </translation>
    </message>
    <message>
        <source>API key not recognised in region %1. Check the key and the region.</source>
        <translation>Clave de API no reconocida en la región %1. Compruebe la clave y la región.</translation>
    </message>
    <message>
        <source>The bearer token was rejected (missing, wrong or revoked). Paste a current token from the admin panel, Settings → Bearer tokens.</source>
        <translation>Se rechazó el token de portador (falta, es incorrecto o se revocó). Pegue un token vigente del panel de administración, Settings → Bearer tokens.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
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
        <translation>WATCHERS_BASE_URL no es una URL válida.</translation>
    </message>
    <message>
        <source>WATCHERS_REGION &quot;%1&quot; is not one of eu, us, sa, hk, za.</source>
        <translation>WATCHERS_REGION &quot;%1&quot; no es ninguna de estas: eu, us, sa, hk, za.</translation>
    </message>
    <message>
        <source>Set WATCHERS_BASE_URL or WATCHERS_REGION.</source>
        <translation>Defina WATCHERS_BASE_URL o WATCHERS_REGION.</translation>
    </message>
    <message>
        <source>Set WATCHERS_API_KEY and WATCHERS_TOKEN.</source>
        <translation>Defina WATCHERS_API_KEY y WATCHERS_TOKEN.</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Give the full path of a folder.</source>
        <translation>Indique la ruta completa de una carpeta.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder outside %1, where the data is kept now.</source>
        <translation>Elija una carpeta fuera de %1, donde se guardan ahora los datos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>No se puede crear la carpeta %1. Elija otra.</translation>
    </message>
    <message>
        <source>Badge Desk cannot write to %1. Choose a folder you can write to.</source>
        <translation>Badge Desk no puede escribir en %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>%1 is inside the folder being moved.</source>
        <translation>%1 está dentro de la carpeta que se va a mover.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>No se pudo copiar %1 a %2.</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs could not be moved to %1: %2 Nothing was removed; Badge Desk keeps using %3.</source>
        <translation>No se pudieron mover sus borradores, diarios de tareas y registros de moderación a %1: %2 No se eliminó nada; Badge Desk sigue usando %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already existed in %1 with other content and were left in %2: %3</source>
        <translation>
            <numerusform>%n archivo ya existía en %1 con otro contenido y se dejó en %2: %3</numerusform>
            <numerusform>%n archivos ya existían en %1 con otro contenido y se dejaron en %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Escriba %1 para confirmar.</translation>
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
        <translation>Clave de API no reconocida en la región %1.</translation>
    </message>
    <message>
        <source>Check the key and the project&apos;s region.</source>
        <translation>Compruebe la clave y la región del proyecto.</translation>
    </message>
    <message>
        <source>Bearer token missing, wrong or revoked.</source>
        <translation>El token de portador falta, es incorrecto o se revocó.</translation>
    </message>
    <message>
        <source>Paste a current token from the Watchers admin panel (Settings → Bearer tokens).</source>
        <translation>Pegue un token vigente del panel de administración de Watchers (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>No se encontró en el servidor.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh and try again.</source>
        <translation>Puede que se haya eliminado; actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Corrija los campos marcados y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429).</source>
        <translation>El servidor está limitando las solicitudes (429).</translation>
    </message>
    <message>
        <source>Wait a moment; the app slows down and retries where it is safe.</source>
        <translation>Espere un momento; la aplicación reduce el ritmo y reintenta cuando es seguro.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it persists, check Watchers&apos; status.</source>
        <translation>Vuelva a intentarlo en un momento. Si persiste, consulte el estado de Watchers.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Falló la conexión segura: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so nothing was sent. Check the server address, the system clock and any proxy that intercepts HTTPS.</source>
        <translation>No se pudo confiar en el certificado del servidor, así que no se envió nada. Compruebe la dirección del servidor, el reloj del sistema y cualquier proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>Connection refused by the server.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>Check the server address; the service may be down.</source>
        <translation>Compruebe la dirección del servidor; puede que el servicio no esté disponible.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>No se encontró el servidor.</translation>
    </message>
    <message>
        <source>Check the server address and your internet connection.</source>
        <translation>Compruebe la dirección del servidor y su conexión a Internet.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>El servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, puede que el servidor esté sobrecargado.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent.</source>
        <translation>La conexión se cortó después de enviar la solicitud.</translation>
    </message>
    <message>
        <source>It may or may not have been applied: refresh to check before trying again, so nothing is created twice.</source>
        <translation>Puede que se haya aplicado o no: actualice para comprobarlo antes de volver a intentarlo, para no crear nada dos veces.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>Falló el servidor proxy.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>Compruebe la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere.</source>
        <translation>El servidor redirigió la solicitud a otro sitio.</translation>
    </message>
    <message>
        <source>Only redirects to the same server are followed, so the token never leaves it. Check the server address.</source>
        <translation>Solo se siguen las redirecciones al mismo servidor, para que el token nunca salga de él. Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Error de red.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No hubo una respuesta completa en %n segundo.</numerusform>
            <numerusform>No hubo una respuesta completa en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server may be slow or unreachable; try again.</source>
        <translation>Puede que el servidor sea lento o no esté accesible; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
</context>
<context>
    <name>GrantModeratorDialog</name>
    <message>
        <source>Grant moderator role — %1</source>
        <translation>Conceder rol de moderador — %1</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>ID de sala</translation>
    </message>
    <message>
        <source>The room must already exist</source>
        <translation>La sala ya debe existir</translation>
    </message>
    <message>
        <source>ℹ The API can grant the role but cannot take it back. To revoke it, open the user&apos;s avatar menu in the Watchers admin panel.</source>
        <translation>ℹ La API puede conceder el rol, pero no retirarlo. Para revocarlo, abra el menú del avatar del usuario en el panel de administración de Watchers.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Escriba el ID de sala.</translation>
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
        <translation>Escriba el ID de usuario.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Escriba el ID de sala.</translation>
    </message>
    <message>
        <source>The user ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>El ID de usuario contiene un carácter de control, como un salto de línea o un tabulador. Compruebe lo que ha pegado.</translation>
    </message>
    <message>
        <source>The room ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>El ID de sala contiene un carácter de control, como un salto de línea o un tabulador. Compruebe lo que ha pegado.</translation>
    </message>
    <message>
        <source>This looks like an encrypted or URL-encoded user ID. The API expects the plain, unencrypted ID.</source>
        <translation>Parece un ID de usuario cifrado o codificado para URL. La API espera el ID sin cifrar.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Leave out IDs that look encrypted</source>
        <translation>Excluir los ID que parecen cifrados</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Paste user IDs, or drop a .csv or .txt file here. Commas, semicolons, tabs, spaces and new lines all separate IDs.</source>
        <translation>Pegue los ID de usuario o suelte aquí un archivo .csv o .txt. Las comas, los puntos y coma, los tabuladores, los espacios y los saltos de línea separan los ID.</translation>
    </message>
    <message>
        <source>Open a file of user IDs</source>
        <translation>Abrir un archivo de ID de usuario</translation>
    </message>
    <message>
        <source>Flagged values</source>
        <translation>Valores señalados</translation>
    </message>
    <message>
        <source>Open user IDs</source>
        <translation>Abrir ID de usuario</translation>
    </message>
    <message>
        <source>ID lists (*.csv *.txt);;All files (*)</source>
        <translation>Listas de ID (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%1 — %n character(s), too large to show; parsed in full)</source>
        <translation>
            <numerusform>(%1 — %n carácter, demasiado grande para mostrarlo; se analiza completo)</numerusform>
            <numerusform>(%1 — %n caracteres, demasiado grande para mostrarlo; se analiza completo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IDs…</source>
        <translation>Leyendo los ID…</translation>
    </message>
    <message numerus="yes">
        <source>%n unique ID(s) to send</source>
        <translation>
            <numerusform>%n ID único por enviar</numerusform>
            <numerusform>%n ID únicos por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) sent once</source>
        <translation>
            <numerusform>%n duplicado enviado una vez</numerusform>
            <numerusform>%n duplicados enviados una vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid left out</source>
        <translation>
            <numerusform>%n no válido excluido</numerusform>
            <numerusform>%n no válidos excluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n vacío</numerusform>
            <numerusform>%n vacíos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, left out</source>
        <translation>
            <numerusform>%n parece cifrado, excluido</numerusform>
            <numerusform>%n parecen cifrados, excluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, sent as is</source>
        <translation>
            <numerusform>%n parece cifrado, enviado tal cual</numerusform>
            <numerusform>%n parecen cifrados, enviados tal cual</numerusform>
        </translation>
    </message>
    <message>
        <source>header row skipped</source>
        <translation>fila de encabezado omitida</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>The file is %1, but at most 10 MB are allowed.</source>
        <translation>El archivo ocupa %1, pero se permite como máximo 10 MB.</translation>
    </message>
    <message>
        <source>This is not an image the chat can show.</source>
        <translation>No es una imagen que el chat pueda mostrar.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, but it must be at least %3 × %3 px.</source>
        <translation>La imagen mide %1 × %2 px, pero debe medir al menos %3 × %3 px.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; the download was stopped there.</source>
        <translation>El archivo ocupa más de 10 MB; la descarga se detuvo ahí.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Sin imagen.</translation>
    </message>
    <message>
        <source>Checking the picture…</source>
        <translation>Comprobando la imagen…</translation>
    </message>
    <message>
        <source>Could not check the picture: %1</source>
        <translation>No se pudo comprobar la imagen: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ %1 × %2 px, %3 %4 — within the limits (≤ 10 MB, ≥ 190 × 190 px).</source>
        <translation>✓ %1 × %2 px, %3 %4 — dentro de los límites (≤ 10 MB, ≥ 190 × 190 px).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>https://… (empty: no picture)</source>
        <translation>https://… (vacío: sin imagen)</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Comprobar un archivo…</translation>
    </message>
    <message>
        <source>Check a local picture against the limits before you upload it</source>
        <translation>Comprobar una imagen local con los límites antes de subirla</translation>
    </message>
    <message>
        <source>Check a picture</source>
        <translation>Comprobar una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>Archivo local: %1</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” no es una dirección web.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” no es un archivo.</translation>
    </message>
</context>
<context>
    <name>JobAction</name>
    <message>
        <source>Choose a badge.</source>
        <translation>Elija una insignia.</translation>
    </message>
    <message>
        <source>Assign badge %1</source>
        <translation>Asignar la insignia %1</translation>
    </message>
    <message>
        <source>Remove badge %1</source>
        <translation>Quitar la insignia %1</translation>
    </message>
    <message>
        <source>Ban in room %1</source>
        <translation>Bloquear en la sala %1</translation>
    </message>
    <message>
        <source>Ban in the app</source>
        <translation>Bloquear en la aplicación</translation>
    </message>
    <message>
        <source>Unban in room %1</source>
        <translation>Desbloquear en la sala %1</translation>
    </message>
    <message>
        <source>Unban in the app</source>
        <translation>Desbloquear en la aplicación</translation>
    </message>
    <message>
        <source>Grant moderator in room %1</source>
        <translation>Conceder rol de moderador en la sala %1</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>insignia %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>sala %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>hasta %1 UTC</translation>
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
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Omitido (duplicado)</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Omitido (no válido)</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>No se puede escribir el diario de la tarea %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>No se puede abrir el diario de la tarea %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>No se puede leer el diario de la tarea %1: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged at line %2.</source>
        <translation>El diario de la tarea %1 está dañado en la línea %2.</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer Badge Desk.</source>
        <translation>El diario de la tarea %1 se escribió con una versión más reciente de Badge Desk.</translation>
    </message>
    <message>
        <source>%1 is not a Badge Desk job journal.</source>
        <translation>%1 no es un diario de tarea de Badge Desk.</translation>
    </message>
    <message>
        <source>No job %1 for this profile.</source>
        <translation>No hay ninguna tarea %1 para este perfil.</translation>
    </message>
    <message>
        <source>%1 matches several jobs; give more of the id.</source>
        <translation>%1 coincide con varias tareas; indique más caracteres del ID.</translation>
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
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>Cancelar &amp;tarea</translation>
    </message>
    <message>
        <source>Retry &amp;failed only</source>
        <translation>Reintentar solo &amp;fallidos</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Search ID or reason</source>
        <translation>Buscar ID o motivo</translation>
    </message>
    <message>
        <source>Results per user ID</source>
        <translation>Resultados por ID de usuario</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
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
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 skipped</source>
        <translation>%1 de %2 completados · %3 fallidos · %4 omitidos</translation>
    </message>
    <message>
        <source> · %1 IDs/s</source>
        <translation> · %1 ID/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · faltan aprox. %1</translation>
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
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>JobResultsModel</name>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
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
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Interrupted: Badge Desk stopped while the job was running.</source>
        <translation>Interrumpida: Badge Desk se detuvo mientras la tarea estaba en curso.</translation>
    </message>
    <message>
        <source>The job journal could not be written: %1</source>
        <translation>No se pudo escribir el diario de la tarea: %1</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Pausada por usted.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Cancelada por usted.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</source>
        <translation>
            <numerusform>El servidor falló %n vez seguida; la tarea se pausó para no sobrecargarlo. Último error: %1</numerusform>
            <numerusform>El servidor falló %n veces seguidas; la tarea se pausó para no sobrecargarlo. Último error: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Abandonado tras %n intento: %1</numerusform>
            <numerusform>Abandonado tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks to wait until %1; the job is paused. Resume it then.</source>
        <translation>El servidor pide esperar hasta %1; la tarea está en pausa. Reanúdela entonces.</translation>
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
        <translation>Lista</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
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
        <translation>Tareas — %1</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source> — can be resumed</source>
        <translation> — se puede reanudar</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 completados, %2 fallidos, %3 pendientes</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Actualizar</translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message>
        <source>The data is too large to read: %1 bytes, but at most %2 bytes are accepted.</source>
        <translation>Los datos son demasiado grandes para leerlos: %1 bytes, pero se aceptan como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>The data is empty: expected a JSON value.</source>
        <translation>Los datos están vacíos: se esperaba un valor JSON.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>Los datos no son JSON válido: %1 en la línea %2, columna %3 (byte %4).</translation>
    </message>
    <message>
        <source>The data is not valid JSON: expected one value, but more follow at line %1, column %2 (byte %3).</source>
        <translation>Los datos no son JSON válido: se esperaba un solo valor, pero hay más a partir de la línea %1, columna %2 (byte %3).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value true</source>
        <translation>el valor true</translation>
    </message>
    <message>
        <source>the value false</source>
        <translation>el valor false</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>un número (%1)</translation>
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
            <numerusform>una lista de %n elemento</numerusform>
            <numerusform>una lista de %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
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
        <translation>No parece un token de Watchers: un token tiene tres partes separadas por puntos.</translation>
    </message>
    <message>
        <source>The token&apos;s middle part is not valid base64url; it may be cut short.</source>
        <translation>La parte central del token no es base64url válido; puede que esté cortado.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>La carga útil del token no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>OS keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Badge Desk never stores tokens in plain files; you can use the token for this session only, or start a keychain service (GNOME Keyring, KWallet) and try again.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Badge Desk nunca guarda tokens en archivos sin cifrar; puede usar el token solo en esta sesión o iniciar un servicio de llavero (GNOME Keyring, KWallet) y volver a intentarlo.</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>no hay ningún Secret Service en el bus de sesión</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>El llavero no tiene ese elemento.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked, or access was declined): %1</source>
        <translation>El llavero denegó el acceso (puede estar bloqueado o se rechazó el acceso): %1</translation>
    </message>
    <message>
        <source>The keychain item could not be removed: %1</source>
        <translation>No se pudo quitar el elemento del llavero: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or access was declined: %1</source>
        <translation>El llavero está bloqueado o se rechazó el acceso: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
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
        <translation>⭐ Nueva</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;New badge</source>
        <translation>&amp;Nueva insignia</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Assign to users…</source>
        <translation>&amp;Asignar a usuarios…</translation>
    </message>
    <message>
        <source>&amp;Import badges…</source>
        <translation>&amp;Importar insignias…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Perfiles y tokens…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Insignia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The Watchers project you are working on</source>
        <translation>El proyecto de Watchers con el que está trabajando</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Filtrar insignias</translation>
    </message>
    <message>
        <source>Filter by text, tooltip or ID (%1)</source>
        <translation>Filtrar por texto, texto emergente o ID (%1)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Badge Desk — %1 — PRODUCTION</source>
        <translation>Badge Desk — %1 — PRODUCCIÓN</translation>
    </message>
    <message>
        <source>Badge Desk — %1</source>
        <translation>Badge Desk — %1</translation>
    </message>
    <message>
        <source>PRODUCTION — %1: changes here reach real users</source>
        <translation>PRODUCCIÓN — %1: los cambios aquí llegan a usuarios reales</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUCCIÓN</translation>
    </message>
    <message>
        <source>Profiles and tokens…</source>
        <translation>Perfiles y tokens…</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (producción)</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Cargando insignias…</translation>
    </message>
    <message>
        <source>Could not load badges</source>
        <translation>No se pudieron cargar las insignias</translation>
    </message>
    <message>
        <source>%1 · not connected</source>
        <translation>%1 · sin conexión</translation>
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
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n badge(s) shown</source>
        <translation>
            <numerusform>Mostrando %1 de %n insignia</numerusform>
            <numerusform>Mostrando %1 de %n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>You are switching to %1.</source>
        <translation>Va a cambiar a %1.</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Se encontraron cambios sin guardar</translation>
    </message>
    <message>
        <source>There are unsaved changes to %1 from %2 that were never saved (the app closed or crashed). Restore them?</source>
        <translation>Hay cambios en %1, del %2, que nunca se guardaron (la aplicación se cerró o falló). ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>Restore changes</source>
        <translation>Restaurar cambios</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Descartarlos</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n badge(s) were kept from an earlier session.</source>
        <translation>
            <numerusform>Se conservaron cambios sin guardar de %n insignia de una sesión anterior.</numerusform>
            <numerusform>Se conservaron cambios sin guardar de %n insignias de una sesión anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are restoring a draft.</source>
        <translation>Va a restaurar un borrador.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 The badge %2 has unsaved changes. Save them first, or discard them?</source>
        <translation>%1 La insignia %2 tiene cambios sin guardar. ¿Guardarlos primero o descartarlos?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>You are creating a new badge.</source>
        <translation>Va a crear una insignia nueva.</translation>
    </message>
    <message>
        <source>You are duplicating %1.</source>
        <translation>Va a duplicar %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Se creó %1.</translation>
    </message>
    <message>
        <source>Badge deleted on the server</source>
        <translation>Insignia eliminada en el servidor</translation>
    </message>
    <message>
        <source>%1 was deleted on the server while you edited it. Create it again with your changes?</source>
        <translation>%1 se eliminó en el servidor mientras la editaba. ¿Crearla de nuevo con sus cambios?</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Volver a crear</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Modificada en el servidor</translation>
    </message>
    <message>
        <source>%1 was changed on the server after you started editing it (someone else, or another window). Saving now overwrites those changes with yours.</source>
        <translation>%1 se modificó en el servidor después de que empezara a editarla (otra persona u otra ventana). Si guarda ahora, esos cambios se sobrescribirán con los suyos.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Not saved; your changes are still in the editor.</source>
        <translation>No se guardó; sus cambios siguen en el editor.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source> This is the PRODUCTION project %1.</source>
        <translation> Este es el proyecto de PRODUCCIÓN %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la insignia %1? %n usuario la tiene y la perderá. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la insignia %1? %n usuarios la tienen y la perderán. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %1 insignias? En total, %n usuario las tiene y las perderá. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %1 insignias? En total, %n usuarios las tienen y las perderán. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete badges</source>
        <translation>Eliminar insignias</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n badge(s).</source>
        <translation>
            <numerusform>Se eliminó %n insignia.</numerusform>
            <numerusform>Se eliminaron %n insignias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be deleted</source>
        <translation>
            <numerusform>No se pudo eliminar %n insignia</numerusform>
            <numerusform>No se pudieron eliminar %n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the %1 request as a curl command; the token and the API key are the placeholders %2 and %3.</source>
        <translation>Se copió la solicitud %1 como comando curl; el token y la clave de API son los marcadores %2 y %3.</translation>
    </message>
    <message>
        <source>Export badges</source>
        <translation>Exportar insignias</translation>
    </message>
    <message>
        <source>Badge definitions (*.json)</source>
        <translation>Definiciones de insignias (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n insignia a %1.</numerusform>
            <numerusform>Se exportaron %n insignias a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badges</source>
        <translation>Importar insignias</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n new badge(s) in %1 from this file?</source>
        <translation>
            <numerusform>¿Crear %n insignia nueva en %1 a partir de este archivo?</numerusform>
            <numerusform>¿Crear %n insignias nuevas en %1 a partir de este archivo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Imported %1 badge(s), %2 failed.</source>
        <translation>Insignias importadas: %1; con errores: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n badge(s) to %1…</source>
        <translation>
            <numerusform>Copiando %n insignia a %1…</numerusform>
            <numerusform>Copiando %n insignias a %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 badge(s) to %2, %3 failed.</source>
        <translation>Insignias copiadas a %2: %1; con errores: %3.</translation>
    </message>
    <message>
        <source>Could not create the badge %1</source>
        <translation>No se pudo crear la insignia %1</translation>
    </message>
    <message>
        <source>You are closing the window.</source>
        <translation>Va a cerrar la ventana.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>E&amp;xport badges…</source>
        <translation>E&amp;xportar insignias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Badge Desk</source>
        <translation>Acerca &amp;de Badge Desk</translation>
    </message>
    <message>
        <source>Cop&amp;y to profile</source>
        <translation>C&amp;opiar a perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>No hay ningún secreto guardado para esta sesión con ese nombre.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>The secret store is unavailable.</source>
        <translation>El almacén de secretos no está disponible.</translation>
    </message>
</context>
<context>
    <name>ModerationLog</name>
    <message>
        <source>Cannot write the moderation log %1: %2</source>
        <translation>No se puede escribir el registro de moderación %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the moderation log %1: %2</source>
        <translation>No se puede leer el registro de moderación %1: %2</translation>
    </message>
</context>
<context>
    <name>ModerationLogEntry</name>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 y %n más</numerusform>
            <numerusform>%1, %2 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogWindow</name>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Deshacer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Moderation log — %1</source>
        <translation>Registro de moderación — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Search user, room, note, result</source>
        <translation>Buscar usuario, sala, nota, resultado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Registro de moderación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>La API de Watchers no ofrece ninguna forma documentada de quitar una insignia a los usuarios; hágalo en el panel de administración de Watchers.</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>Exportar registro de moderación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Unbans</source>
        <translation>Desbloqueos</translation>
    </message>
    <message>
        <source>Moderator grants</source>
        <translation>Concesiones de moderador</translation>
    </message>
    <message>
        <source>Badge assignments</source>
        <translation>Asignaciones de insignias</translation>
    </message>
    <message>
        <source>Badge removals</source>
        <translation>Retiradas de insignias</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of Badge Desk&apos;s menus and messages. &quot;System default&quot; follows the languages chosen in your system settings. Takes effect the next time Badge Desk starts.</source>
        <translation>El idioma de los menús y mensajes de Badge Desk. “Predeterminado del sistema” sigue los idiomas elegidos en la configuración del sistema. Se aplica la próxima vez que se inicie Badge Desk.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>Tiempo de espera de &amp;transferencia:</translation>
    </message>
    <message>
        <source>Give up on a request when no data has moved for this many seconds (%1 to %2). Requests that only read are then tried again; changes are never sent twice by themselves.</source>
        <translation>Abandonar una solicitud cuando no se hayan transferido datos durante estos segundos (de %1 a %2). Las solicitudes que solo leen se reintentan; los cambios nunca se envían dos veces por sí solos.</translation>
    </message>
    <message>
        <source>Overall &amp;deadline:</source>
        <translation>&amp;Plazo total:</translation>
    </message>
    <message>
        <source>The longest one request may take in all, retries included, in seconds (at least the transfer timeout, at most %1). Then it fails with a message.</source>
        <translation>Lo máximo que puede durar una solicitud en total, reintentos incluidos, en segundos (como mínimo el tiempo de espera de transferencia, como máximo %1). Después falla con un mensaje.</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Tareas masivas</translation>
    </message>
    <message>
        <source>&amp;Batch size (IDs per call):</source>
        <translation>Tamaño de &amp;lote (ID por llamada):</translation>
    </message>
    <message>
        <source>How many user IDs go into one assign call (%1 to %2; the Watchers API asks for at most %2). Smaller batches show progress more often, larger ones need fewer calls. Used by jobs started from now on.</source>
        <translation>Cuántos ID de usuario van en una llamada de asignación (de %1 a %2; la API de Watchers admite como máximo %2). Los lotes pequeños muestran el progreso más a menudo; los grandes necesitan menos llamadas. Se aplica a las tareas que se inicien a partir de ahora.</translation>
    </message>
    <message>
        <source>&amp;Calls at the same time:</source>
        <translation>Llamadas &amp;simultáneas:</translation>
    </message>
    <message>
        <source>How many calls a bulk job keeps going at once (%1 to %2). More is faster but meets the server&apos;s rate limits sooner; Badge Desk then waits as the server asks. Used by jobs started from now on.</source>
        <translation>Cuántas llamadas mantiene en curso a la vez una tarea masiva (de %1 a %2). Más es más rápido, pero alcanza antes los límites de frecuencia del servidor; entonces Badge Desk espera lo que indique el servidor. Se aplica a las tareas que se inicien a partir de ahora.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>no avisar nunca</translation>
    </message>
    <message>
        <source>&amp;Warn about tokens older than:</source>
        <translation>&amp;Avisar de tokens con más de:</translation>
    </message>
    <message>
        <source>For profiles created from now on: warn when the bearer token in use is older than this many days, as a reminder to rotate it. 0 never warns. A profile&apos;s own value is changed in its token manager.</source>
        <translation>Para los perfiles que se creen a partir de ahora: avisar cuando el token de portador en uso tenga más de estos días, como recordatorio para rotarlo. 0 no avisa nunca. El valor propio de un perfil se cambia en su gestor de tokens.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminada: %1</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the folder in a file browser.</source>
        <translation>Elegir la carpeta en un explorador de archivos.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer predeterminada</translation>
    </message>
    <message>
        <source>Use the default folder: %1</source>
        <translation>Usar la carpeta predeterminada: %1</translation>
    </message>
    <message>
        <source>Where drafts, job journals and moderation logs are kept. Empty means the default folder. Takes effect the next time Badge Desk starts; you are asked whether the existing data moves along.</source>
        <translation>Dónde se guardan los borradores, los diarios de tareas y los registros de moderación. Vacío significa la carpeta predeterminada. Se aplica la próxima vez que se inicie Badge Desk; se le preguntará si los datos existentes se trasladan también.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Carpeta de datos:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Put every field back to its default. Nothing is saved before OK.</source>
        <translation>Devolver cada campo a su valor predeterminado. No se guarda nada hasta pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Badge Desk will speak %1 from the next time it starts.</source>
        <translation>Badge Desk hablará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>En uso ahora: %1</translation>
    </message>
    <message>
        <source>BADGEDESK_DATA_DIR is set, so it decides where data is kept in this session.</source>
        <translation>BADGEDESK_DATA_DIR está definida, así que decide dónde se guardan los datos en esta sesión.</translation>
    </message>
    <message>
        <source>From the next start: %1. Your drafts, job journals and moderation logs will be moved there then.</source>
        <translation>A partir del próximo inicio: %1. Sus borradores, diarios de tareas y registros de moderación se moverán allí entonces.</translation>
    </message>
    <message>
        <source>From the next start: %1.</source>
        <translation>A partir del próximo inicio: %1.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Move your data?</source>
        <translation>¿Mover sus datos?</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs are in %1.

Move them to %2 the next time Badge Desk starts? Every file is copied and checked before the old one is removed.

If you leave them, they stay where they are and Badge Desk starts with an empty folder. Nothing is deleted.</source>
        <translation>Sus borradores, diarios de tareas y registros de moderación están en %1.

¿Moverlos a %2 la próxima vez que se inicie Badge Desk? Cada archivo se copia y se comprueba antes de eliminar el antiguo.

Si los deja, se quedan donde están y Badge Desk se inicia con una carpeta vacía. No se elimina nada.</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Moverlos</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Dejarlos</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A saved profile has no id or name.</source>
        <translation>Un perfil guardado no tiene ID ni nombre.</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <source>The local sandbox gets its credentials when it starts; there is nothing to read from the keychain.</source>
        <translation>El entorno de pruebas local obtiene sus credenciales al iniciarse; no hay nada que leer del llavero.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no active bearer token. Add one under Profiles and tokens.</source>
        <translation>El perfil &quot;%1&quot; no tiene ningún token de portador activo. Añada uno en Perfiles y tokens.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>No hay ningún almacén de secretos disponible.</translation>
    </message>
    <message>
        <source>The API key of profile &quot;%1&quot; is not in the keychain. Enter it again under Profiles and tokens.</source>
        <translation>La clave de API del perfil &quot;%1&quot; no está en el llavero. Vuelva a escribirla en Perfiles y tokens.</translation>
    </message>
    <message>
        <source>The bearer token &quot;%1&quot; of profile &quot;%2&quot; is not in the keychain. Paste it again under Profiles and tokens.</source>
        <translation>El token de portador &quot;%1&quot; del perfil &quot;%2&quot; no está en el llavero. Vuelva a pegarlo en Perfiles y tokens.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>p. ej., Producción UE</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Custom base URL (staging)</source>
        <translation>URL base personalizada (preproducción)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
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
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>x-api-key from the admin panel</source>
        <translation>x-api-key del panel de administración</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Guardada en el llavero; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>Paste the bearer token (&quot;Bearer …&quot; is fine)</source>
        <translation>Pegue el token de portador (se admite &quot;Bearer …&quot;)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Etiqueta del token</translation>
    </message>
    <message>
        <source>Token label, e.g. Anna&apos;s laptop</source>
        <translation>Etiqueta del token, p. ej., Portátil de Anna</translation>
    </message>
    <message>
        <source>Manage &amp;tokens…</source>
        <translation>Gestionar &amp;tokens…</translation>
    </message>
    <message>
        <source>Manage tokens</source>
        <translation>Gestionar tokens</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Token de p&amp;ortador:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>&amp;Etiqueta del token:</translation>
    </message>
    <message>
        <source>Bearer tokens:</source>
        <translation>Tokens de portador:</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Filled in from the first token</source>
        <translation>Se rellena a partir del primer token</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>ID del pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
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
        <translation>Morado</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marrón</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Co&amp;lor:</translation>
    </message>
    <message>
        <source>Production: show a banner and ask for typed confirmation before destructive and bulk actions</source>
        <translation>Producción: mostrar un aviso y pedir confirmación escrita antes de acciones destructivas y masivas</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ya hay otro perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the custom base URL, e.g. https://staging.example.com.</source>
        <translation>Escriba la URL base personalizada, p. ej., https://staging.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>La URL base no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s API key.</source>
        <translation>Escriba la clave de API del proyecto.</translation>
    </message>
    <message>
        <source>Paste a bearer token.</source>
        <translation>Pegue un token de portador.</translation>
    </message>
    <message>
        <source>Token 1</source>
        <translation>Token 1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Enter the custom base URL first.</source>
        <translation>Escriba primero la URL base personalizada.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Enter the API key and paste a token to test them.</source>
        <translation>Escriba la clave de API y pegue un token para probarlos.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Profiles and tokens</source>
        <translation>Perfiles y tokens</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
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
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno de pruebas local</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>No se guardaron los perfiles</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message numerus="yes">
        <source>Delete the profile &quot;%1&quot;? Its API key and %n token(s) are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</source>
        <translation>
            <numerusform>¿Eliminar el perfil &quot;%1&quot;? Su clave de API y %n token se quitan del llavero, y se eliminan sus borradores locales, diarios de tareas y registros. En el servidor no cambia nada.</numerusform>
            <numerusform>¿Eliminar el perfil &quot;%1&quot;? Su clave de API y %n tokens se quitan del llavero, y se eliminan sus borradores locales, diarios de tareas y registros. En el servidor no cambia nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Some keychain items could not be removed: %1</source>
        <translation>No se pudieron quitar algunos elementos del llavero: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This token belongs to project %1, but the profile is for project %2.</source>
        <translation>Este token pertenece al proyecto %1, pero el perfil es del proyecto %2.</translation>
    </message>
    <message numerus="yes">
        <source>This token is %n day(s) old, older than the rotation age you set.</source>
        <translation>
            <numerusform>Este token tiene %n día de antigüedad, más que la antigüedad de rotación que configuró.</numerusform>
            <numerusform>Este token tiene %n días de antigüedad, más que la antigüedad de rotación que configuró.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is too large to be ours.</source>
        <translation>El archivo de perfiles %1 es demasiado grande para ser de Badge Desk.</translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo de perfiles %1: %2</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It was left as it is.</source>
        <translation>El archivo de perfiles %1 está dañado (%2). Se dejó como estaba.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not overwritten. Move it aside and try again.</source>
        <translation>El archivo de perfiles %1 está dañado; no se sobrescribió. Muévalo a otro sitio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los perfiles en %1: %2</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno de pruebas local</translation>
    </message>
</context>
<context>
    <name>ProfilesPrompter</name>
    <message>
        <source>No keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>%1

Use the token for this session only? It is kept in memory and forgotten when Badge Desk quits.</source>
        <translation>%1

¿Usar el token solo en esta sesión? Se guarda en memoria y se olvida al salir de Badge Desk.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
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
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Sudamérica</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
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
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Seleccione una solicitud para ver sus detalles.</translation>
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
        <translation>Incluir token y clave de API</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Exportar el registro de solicitudes</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Vacia&amp;r</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Vaciar el registro de solicitudes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started: %1 (UTC)</source>
        <translation>Inicio: %1 (UTC)</translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2 ms   Received: %3 bytes   Attempt: %4</source>
        <translation>Estado: %1   Duración: %2 ms   Recibido: %3 bytes   Intento: %4</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Encabezados de la solicitud:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Cuerpo de la solicitud:</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Incluir secretos</translation>
    </message>
    <message>
        <source>The command will contain the bearer token and the API key in plain text. Anyone who sees it can act on this project. Include them?</source>
        <translation>El comando contendrá el token de portador y la clave de API como texto sin cifrar. Cualquiera que lo vea podrá actuar sobre este proyecto. ¿Incluirlos?</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Exportar registro de solicitudes</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The request log could not be written to %1: %2</source>
        <translation>No se pudo escribir el registro de solicitudes en %1: %2</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>&amp;Exportar…</translation>
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
        <translation>%1 (intento %2)</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>No se pudo iniciar el entorno de pruebas local: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1).</source>
        <translation>El entorno de pruebas local se detuvo inesperadamente (código de salida %1).</translation>
    </message>
    <message>
        <source>The local sandbox (badgedesk-sandbox) is not installed next to Badge Desk.</source>
        <translation>El entorno de pruebas local (badgedesk-sandbox) no está instalado junto a Badge Desk.</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>El entorno de pruebas local no se inició en %n segundo.</numerusform>
            <numerusform>El entorno de pruebas local no se inició en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox printed an unexpected address.</source>
        <translation>El entorno de pruebas local mostró una dirección inesperada.</translation>
    </message>
</context>
<context>
    <name>SentMessage</name>
    <message>
        <source>The server answered with %1 instead of the sent message.</source>
        <translation>El servidor respondió con %1 en lugar del mensaje enviado.</translation>
    </message>
    <message>
        <source>The sent message has no “id”.</source>
        <translation>El mensaje enviado no tiene “id”.</translation>
    </message>
    <message>
        <source>The “id” of the sent message must be a whole number, but it is %1.</source>
        <translation>El “id” del mensaje enviado debe ser un número entero, pero es %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, grouped by menu. Tab and Shift+Tab move between fields; Alt with an underlined letter goes to that field or button.</source>
        <translation>Todos los comandos que tienen un atajo, agrupados por menú. Tab y Shift+Tab pasan de un campo a otro; Alt con una letra subrayada va a ese campo o botón.</translation>
    </message>
    <message>
        <source>Part of a command or a key</source>
        <translation>Parte de un comando o de una tecla</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
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
        <translation>Los tokens se guardan en: &lt;b&gt;%1&lt;/b&gt;. Con el perfil solo se guardan las etiquetas y las fechas.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ningún sitio</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Tokens de portador</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Token seleccionado</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
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
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>Token warnings</source>
        <translation>Advertencias del token</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Re&amp;place with pasted token</source>
        <translation>&amp;Reemplazar por el token pegado</translation>
    </message>
    <message>
        <source>Replace with pasted token</source>
        <translation>Reemplazar por el token pegado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add or rotate a token</source>
        <translation>Añadir o rotar un token</translation>
    </message>
    <message>
        <source>New token label</source>
        <translation>Etiqueta del nuevo token</translation>
    </message>
    <message>
        <source>e.g. CI bot, Anna&apos;s laptop</source>
        <translation>p. ej., bot de CI, portátil de Anna</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Paste token</source>
        <translation>Pegar token</translation>
    </message>
    <message>
        <source>Paste the token (&quot;Bearer …&quot; is fine)</source>
        <translation>Pegue el token (se admite &quot;Bearer …&quot;)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Añadir token</translation>
    </message>
    <message>
        <source>Rotation age in days</source>
        <translation>Antigüedad de rotación en días</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>no avisar nunca</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Warn when older than:</source>
        <translation>Avisar si tiene más de:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No token yet. Paste one below: in the Watchers admin panel, Settings → Bearer tokens.</source>
        <translation>Aún no hay ningún token. Pegue uno abajo: en el panel de administración de Watchers, Settings → Bearer tokens.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadido el %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido el %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>not a readable JWT, so project and age are unknown</source>
        <translation>no es un JWT legible, así que el proyecto y la antigüedad son desconocidos</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Pegue primero un token.</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1</source>
        <translation>No se guardó el token. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; saved in the keychain.</source>
        <translation>Token &quot;%1&quot; guardado en el llavero.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is kept for this session only.</source>
        <translation>El token &quot;%1&quot; se conserva solo para esta sesión.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Nombre cambiado a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Paste the new token into the Token field, then choose Replace.</source>
        <translation>Pegue el nuevo token en el campo Token y luego elija “Reemplazar por el token pegado”.</translation>
    </message>
    <message>
        <source>The token was not replaced. %1</source>
        <translation>No se reemplazó el token. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; replaced.</source>
        <translation>Token &quot;%1&quot; reemplazado.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <source>Remove the token &quot;%1&quot; from %2? It is deleted from the keychain; it stays valid on the server until revoked in the admin panel.</source>
        <translation>¿Quitar el token &quot;%1&quot; de %2? Se elimina del llavero; sigue siendo válido en el servidor hasta que se revoque en el panel de administración.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>No se pudo quitar el token: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; removed.</source>
        <translation>Token &quot;%1&quot; quitado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active token.</source>
        <translation>&quot;%1&quot; es ahora el token activo.</translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Token copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Token copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>Award this badge automatically</source>
        <translation>Conceder esta insignia automáticamente</translation>
    </message>
    <message>
        <source>This trigger was configured elsewhere in a form Badge Desk cannot edit. It is shown read-only and sent back unchanged.</source>
        <translation>Este activador se configuró en otro lugar con un formato que Badge Desk no puede editar. Se muestra en modo de solo lectura y se devuelve sin cambios.</translation>
    </message>
    <message>
        <source>Trigger (read-only)</source>
        <translation>Activador (solo lectura)</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>Umbral de %1</translation>
    </message>
    <message>
        <source>Tracking period for %1</source>
        <translation>Periodo de seguimiento de %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>First message cannot be combined with any other condition.</source>
        <translation>“Primer mensaje” no se puede combinar con ninguna otra condición.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Badge duration in days</source>
        <translation>Duración de la insignia en días</translation>
    </message>
    <message>
        <source>An awarded badge lasts:</source>
        <translation>Una insignia concedida dura:</translation>
    </message>
    <message>
        <source>Rolling period in days for %1</source>
        <translation>Periodo móvil en días para %1</translation>
    </message>
    <message>
        <source>Period start for %1</source>
        <translation>Inicio del periodo para %1</translation>
    </message>
    <message>
        <source>Period end for %1</source>
        <translation>Fin del periodo para %1</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Número de mensajes</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Time spent in chat</source>
        <translation>Tiempo en el chat</translation>
    </message>
    <message>
        <source>Received reactions</source>
        <translation>Reacciones recibidas</translation>
    </message>
    <message>
        <source>Given reactions</source>
        <translation>Reacciones dadas</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Started threads</source>
        <translation>Hilos iniciados</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
    <message>
        <source>Poll votes</source>
        <translation>Votos en encuestas</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Respuestas a cuestionarios</translation>
    </message>
    <message>
        <source>Chat activity</source>
        <translation>Actividad en el chat</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>días seguidos</translation>
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
        <translation>mensajes</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección del servidor &quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; credentials go in the profile, where they are kept in the keychain.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario ni una contraseña; las credenciales van en el perfil, donde se guardan en el llavero.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https://.</source>
        <translation>Se rechaza la conexión http:// sin cifrar con %1: el token viajaría sin protección. Use https://.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;: use https://.</source>
        <translation>Esquema de dirección no admitido: &quot;%1&quot;. Use https://.</translation>
    </message>
</context>
<context>
    <name>UserIdIssue</name>
    <message>
        <source>Line %1: empty value, left out.</source>
        <translation>Línea %1: valor vacío, excluido.</translation>
    </message>
    <message>
        <source>Line %1: longer than %2 characters, left out.</source>
        <translation>Línea %1: más de %2 caracteres, excluido.</translation>
    </message>
    <message>
        <source>Line %1: contains a control character, left out.</source>
        <translation>Línea %1: contiene un carácter de control, excluido.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; looks encrypted or URL-encoded; the API expects the plain ID.</source>
        <translation>Línea %1: &quot;%2&quot; parece cifrado o codificado para URL; la API espera el ID sin cifrar.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; appears more than once; sent once.</source>
        <translation>Línea %1: &quot;%2&quot; aparece más de una vez; se envía una sola vez.</translation>
    </message>
</context>
<context>
    <name>WatchersClient</name>
    <message>
        <source>The bearer token contains spaces or characters a token cannot have.</source>
        <translation>El token de portador contiene espacios o caracteres que un token no puede tener.</translation>
    </message>
    <message>
        <source>Paste the token again, exactly as the admin panel shows it.</source>
        <translation>Vuelva a pegar el token exactamente como lo muestra el panel de administración.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>La respuesta del servidor supera %n MB; no se leyó.</numerusform>
            <numerusform>La respuesta del servidor supera los %n MB; no se leyó.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Check that the address points at the Watchers API of the right region.</source>
        <translation>Compruebe que la dirección apunta a la API de Watchers de la región correcta.</translation>
    </message>
    <message>
        <source>The created badge has no id.</source>
        <translation>La insignia creada no tiene ID.</translation>
    </message>
    <message>
        <source>This badge has not been created yet.</source>
        <translation>Esta insignia aún no se ha creado.</translation>
    </message>
    <message>
        <source>Create it first; only existing badges can be updated.</source>
        <translation>Créela primero; solo se pueden actualizar las insignias existentes.</translation>
    </message>
    <message>
        <source>The server accepted the request, so it was probably created: refresh before trying again, so nothing is created twice.</source>
        <translation>El servidor aceptó la solicitud, así que probablemente se creó: actualice antes de volver a intentarlo, para no crear nada dos veces.</translation>
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
        <translation>AA solo texto grande</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>No cumple</translation>
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
        <translation>Vista previa del mensaje de bienvenida</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Badge Desk</source>
        <translation>Le damos la bienvenida a Badge Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Badge Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Badge Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design badges, hand them out, and moderate your Watchers chat. Everything stays on this computer; tokens live only in the OS keychain.</source>
        <translation>Diseñe insignias, repártalas y modere su chat de Watchers. Todo se queda en este equipo; los tokens se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Probar el entorno de pruebas local</translation>
    </message>
    <message>
        <source>A private stand-in server with demo badges on this computer. No account or credentials needed.</source>
        <translation>Un servidor privado de prueba con insignias de demostración en este equipo. No se necesitan cuenta ni credenciales.</translation>
    </message>
    <message>
        <source>Connect to a Watchers project</source>
        <translation>Conectar con un proyecto de Watchers</translation>
    </message>
    <message>
        <source>Region, API key and a bearer token from the admin panel (Settings → Bearer tokens).</source>
        <translation>Región, clave de API y un token de portador del panel de administración (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect to a Watchers project&lt;/h3&gt;&lt;p&gt;Find the API key and create a bearer token in the Watchers admin panel (Settings → Bearer tokens). Test, then save: the key and token go to the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conectar con un proyecto de Watchers&lt;/h3&gt;&lt;p&gt;Busque la clave de API y cree un token de portador en el panel de administración de Watchers (Settings → Bearer tokens). Pruebe la conexión y luego guarde: la clave y el token se guardan en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el entorno de pruebas local…</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>El entorno de pruebas local no se inició: %1</translation>
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
        <translation>Badge Desk: panel de administración para la API de chat de Watchers.</translation>
    </message>
    <message>
        <source>Start a private local sandbox with demo data and open it.</source>
        <translation>Iniciar un entorno de pruebas local privado con datos de demostración y abrirlo.</translation>
    </message>
    <message>
        <source>Connect with WATCHERS_BASE_URL or WATCHERS_REGION, WATCHERS_API_KEY and WATCHERS_TOKEN, without a saved profile.</source>
        <translation>Conectar con WATCHERS_BASE_URL o WATCHERS_REGION, WATCHERS_API_KEY y WATCHERS_TOKEN, sin un perfil guardado.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Abrir el perfil guardado NOMBRE.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
