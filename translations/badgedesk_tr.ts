<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Badge Desk</source>
        <translation>Badge Desk hakkında</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>An admin panel for the Watchers chat API: design badges, give them to many users at once, and moderate.</source>
        <translation>Watchers sohbet API&apos;si için bir yönetim paneli: rozet tasarlayın, bunları aynı anda birçok kullanıcıya verin ve moderasyon yapın.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Copyright © 2026 The Badge Desk authors.</source>
        <translation>MIT Lisansı altında özgür yazılım. Telif hakkı © 2026 Badge Desk yazarları.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 ile derlendi, Qt %2 üzerinde çalışıyor.</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>Sürümü &amp;kopyala</translation>
    </message>
    <message>
        <source>Copy the versions of Badge Desk, Qt and the system, for a bug report</source>
        <translation>Hata raporu için Badge Desk, Qt ve sistem sürümlerini kopyala</translation>
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
        <translation>Yerel test ortamı</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1). Open the sandbox profile again to restart it.</source>
        <translation>Yerel test ortamı beklenmedik şekilde durdu (çıkış kodu %1). Yeniden başlatmak için test ortamı profilini tekrar açın.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiller</translation>
    </message>
    <message>
        <source>There is no profile with that id.</source>
        <translation>Bu kimliğe sahip bir profil yok.</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil açılmadı</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>“%1” açılamadı: %2</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Profiller kaydedilmedi</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Profiller ve belirteçler…</translation>
    </message>
    <message>
        <source>Copy to profile</source>
        <translation>Profile kopyala</translation>
    </message>
    <message>
        <source>Open the local sandbox once first, then copy to it.</source>
        <translation>Önce yerel test ortamını bir kez açın, ardından oraya kopyalayın.</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>&amp;İstek günlüğü</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Ayarlar %1 dosyasına yazılamadı.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in the expected format; fix or remove it.</source>
        <translation>%1 ayar dosyası beklenen biçimde değil; düzeltin veya kaldırın.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign badge to users — %1</source>
        <translation>Kullanıcılara rozet ver — %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Rozet</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Rozet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this badge now.</source>
        <translation>
            <numerusform>Bu rozet şu anda %n kullanıcıda var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder count unknown.</source>
        <translation>Rozet sahibi sayısı bilinmiyor.</translation>
    </message>
    <message>
        <source>⚠ These users lose the badge. They are not told.</source>
        <translation>⚠ Bu kullanıcılar rozeti kaybeder. Kendilerine bildirim gitmez.</translation>
    </message>
    <message>
        <source>⚠ Every new holder sees the welcome message “%1” when they next enter the chat. Users who already hold the badge are not affected.</source>
        <translation>⚠ Her yeni rozet sahibi, sohbete bir sonraki girişinde “%1” karşılama mesajını görür. Rozete zaten sahip olan kullanıcılar etkilenmez.</translation>
    </message>
    <message>
        <source>Remove badge from users — %1</source>
        <translation>Kullanıcılardan rozeti kaldır — %1</translation>
    </message>
    <message>
        <source>Choose a saved badge first.</source>
        <translation>Önce kaydedilmiş bir rozet seçin.</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>Watchers API&apos;sinde kullanıcılardan rozet kaldırmanın belgelenmiş bir yolu yok; bunu Watchers yönetim panelinden yapın.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>The field “%1” must be text, but it is %2.</source>
        <translation>“%1” alanı metin olmalıdır, ancak değeri: %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be text or null, but it is %2.</source>
        <translation>“%1” alanı metin veya null olmalıdır, ancak değeri: %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number from 0 to %2, but it is %3.</source>
        <translation>“%1” alanı 0 ile %2 arasında bir tam sayı olmalıdır, ancak değeri: %3.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object or null, but it is %2.</source>
        <translation>“%1” alanı bir nesne veya null olmalıdır, ancak değeri: %2.</translation>
    </message>
    <message>
        <source>A badge must be a JSON object, but this is %1.</source>
        <translation>Rozet bir JSON nesnesi olmalıdır, ancak bu: %1.</translation>
    </message>
    <message>
        <source>Expected a list of badges (a JSON array, or an object with a “data” or “items” array), but got %1.</source>
        <translation>Rozet listesi bekleniyordu (bir JSON dizisi ya da “data” veya “items” dizisi içeren bir nesne), ancak gelen: %1.</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list (id %3): %4</source>
        <translation>Listedeki rozet %1/%2 (kimlik %3): %4</translation>
    </message>
    <message>
        <source>Badge %1 of %2 in the list: %3</source>
        <translation>Listedeki rozet %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>BadgeEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>(%1 düzenlemesi)</translation>
    </message>
    <message>
        <source>&amp;Save badge</source>
        <translation>Rozeti &amp;kaydet</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Değişiklikleri ge&amp;ri döndür</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Badge editor</source>
        <translation>Rozet düzenleyici</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save the badge (%1)</source>
        <translation>Rozeti kaydet (%1)</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Rozet</translation>
    </message>
    <message>
        <source>Badge text</source>
        <translation>Rozet metni</translation>
    </message>
    <message>
        <source>Short label, emoji welcome</source>
        <translation>Kısa etiket, emoji kullanılabilir</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji ekle</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Bir emoji ekle</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Arka plan rengi</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Metin rengi</translation>
    </message>
    <message>
        <source>Text &amp;colour:</source>
        <translation>Metin reng&amp;i:</translation>
    </message>
    <message>
        <source>Use the nearest readable text colour</source>
        <translation>En yakın okunabilir metin rengini kullan</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>Kontrast:</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Araç ipucu</translation>
    </message>
    <message>
        <source>How to earn this badge</source>
        <translation>Bu rozet nasıl kazanılır</translation>
    </message>
    <message>
        <source>T&amp;ooltip:</source>
        <translation>Araç ipu&amp;cu:</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Karşılama mesajı</translation>
    </message>
    <message>
        <source>Welcome picture address</source>
        <translation>Karşılama resminin adresi</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>Re&amp;sim:</translation>
    </message>
    <message>
        <source>Welcome title</source>
        <translation>Karşılama başlığı</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Karşılama metni</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>M&amp;etin:</translation>
    </message>
    <message>
        <source>Icon and data</source>
        <translation>Simge ve veri</translation>
    </message>
    <message>
        <source>Badge icon address</source>
        <translation>Rozet simgesinin adresi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>JSON&apos;u biçimlendir</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Veri:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Tetikleyici</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Kaydedilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1</source>
        <translation>
            <numerusform>Kaydedilemiyor: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (ve %n sorun daha)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Kaydedilecek değişiklik yok.</translation>
    </message>
    <message>
        <source>Badge #%1%2</source>
        <translation>Rozet #%1%2</translation>
    </message>
    <message>
        <source> — edited</source>
        <translation> — düzenlendi</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Yeni rozet</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Kaydetme başarısız: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 karakter</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Sunucu: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Text on badge: %1</source>
        <translation>Rozetteki metin: %1</translation>
    </message>
    <message>
        <source>Text on badge: the text colour is empty or invalid, so the chat would use its default. Pick one, or use the button below.</source>
        <translation>Rozetteki metin: Metin rengi boş veya geçersiz, bu yüzden sohbet varsayılan rengini kullanır. Bir renk seçin veya aşağıdaki düğmeyi kullanın.</translation>
    </message>
    <message>
        <source>Text on badge: choose a valid background colour first.</source>
        <translation>Rozetteki metin: Önce geçerli bir arka plan rengi seçin.</translation>
    </message>
    <message>
        <source>%1 — stands out (≥ 3 : 1)</source>
        <translation>%1 — belirgin (≥ 3 : 1)</translation>
    </message>
    <message>
        <source>%1 — blends in (&lt; 3 : 1)</source>
        <translation>%1 — zor seçiliyor (&lt; 3 : 1)</translation>
    </message>
    <message>
        <source>Chip on light chat: %1</source>
        <translation>Açık sohbet temasında: %1</translation>
    </message>
    <message>
        <source>Chip on dark chat: %1</source>
        <translation>Koyu sohbet temasında: %1</translation>
    </message>
    <message>
        <source>Empty: no data is stored.</source>
        <translation>Boş: Veri saklanmaz.</translation>
    </message>
    <message>
        <source>Plain text.</source>
        <translation>Düz metin.</translation>
    </message>
    <message>
        <source>Looks like JSON, but is not valid at character %1: %2. It is still saved as text.</source>
        <translation>JSON&apos;a benziyor, ancak %1. karakterde geçersiz: %2. Yine de metin olarak kaydedilir.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Geçerli JSON.</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Geçiyor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>arka plan rengi</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>metin rengi</translation>
    </message>
    <message>
        <source>tooltip</source>
        <translation>araç ipucu</translation>
    </message>
    <message>
        <source>welcome picture</source>
        <translation>karşılama resmi</translation>
    </message>
    <message>
        <source>welcome title</source>
        <translation>karşılama başlığı</translation>
    </message>
    <message>
        <source>welcome text</source>
        <translation>karşılama metni</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>simge</translation>
    </message>
    <message>
        <source>data</source>
        <translation>veri</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>tetikleyici</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>(geri döndürme)</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Meti&amp;n:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Arka p&amp;lan:</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>Si&amp;mge:</translation>
    </message>
    <message>
        <source>Select a badge in the list to edit it, or create one with New (%1).</source>
        <translation>Düzenlemek için listeden bir rozet seçin veya Yeni rozet ile bir tane oluşturun (%1).</translation>
    </message>
    <message>
        <source>No badge open</source>
        <translation>Açık rozet yok</translation>
    </message>
</context>
<context>
    <name>BadgeExchange</name>
    <message>
        <source>This file is not a Badge Desk badge export.</source>
        <translation>Bu dosya bir Badge Desk rozet dışa aktarımı değil.</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <source>Badge</source>
        <translation>Rozet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Tooltip</source>
        <translation>Araç ipucu</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Sahipler</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Kimlik</translation>
    </message>
</context>
<context>
    <name>BadgeValidator</name>
    <message>
        <source>The trigger has no conditions. Add one, or remove the trigger to assign the badge by hand only.</source>
        <translation>Tetikleyicide koşul yok. Bir koşul ekleyin veya rozeti yalnızca elle vermek için tetikleyiciyi kaldırın.</translation>
    </message>
    <message>
        <source>The condition %1 is used more than once; each kind of condition may appear only once.</source>
        <translation>%1 koşulu birden fazla kez kullanılmış; her koşul türü yalnızca bir kez bulunabilir.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the threshold must be a whole number of at least 1.</source>
        <translation>Koşul %1 (%2): Eşik en az 1 olan bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a rolling period must last a whole number of days, at least 1.</source>
        <translation>Koşul %1 (%2): Kayan bir dönem, en az 1 olmak üzere tam sayıda gün sürmelidir.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): a custom period needs a start and an end as ISO-8601 UTC timestamps.</source>
        <translation>Koşul %1 (%2): Özel bir dönem için ISO-8601 UTC zaman damgası biçiminde bir başlangıç ve bir bitiş gerekir.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the custom period must start before it ends.</source>
        <translation>Koşul %1 (%2): Özel dönem, bitişinden önce başlamalıdır.</translation>
    </message>
    <message>
        <source>Condition %1 (%2): the period must be rolling (a number of days) or custom (from and to).</source>
        <translation>Koşul %1 (%2): Dönem kayan (gün sayısı) veya özel (başlangıç ve bitiş) olmalıdır.</translation>
    </message>
    <message>
        <source>The condition FIRST_MESSAGE cannot be combined with other conditions.</source>
        <translation>FIRST_MESSAGE koşulu başka koşullarla birleştirilemez.</translation>
    </message>
    <message>
        <source>The badge duration must be a whole number of days, at least 1, or permanent.</source>
        <translation>Rozet süresi en az 1 olmak üzere tam sayıda gün ya da kalıcı olmalıdır.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters, but at most %2 are allowed.</source>
        <translation>
            <numerusform>%1 çok uzun: %n karakter, ancak en fazla %2 karaktere izin verilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %n characters as the server counts them (%2 as shown; emoji and accents can count more than once), but at most %3 are allowed.</source>
        <translation>
            <numerusform>%1 çok uzun: sunucunun saymasına göre %n karakter (görünen: %2; emojiler ve aksanlı harfler birden fazla sayılabilir), ancak en fazla %3 karaktere izin verilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the address is empty. Enter an https:// address, or remove the picture.</source>
        <translation>%1: Adres boş. https:// ile başlayan bir adres girin veya resmi kaldırın.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address. Enter an address that starts with https://.</source>
        <translation>%1: “%2” bir web adresi değil. https:// ile başlayan bir adres girin.</translation>
    </message>
    <message>
        <source>%1: the address is not encrypted (http://), and the chat may not load it. Use https:// if the server supports it.</source>
        <translation>%1: Adres şifreli değil (http://) ve sohbet onu yüklemeyebilir. Sunucu destekliyorsa https:// kullanın.</translation>
    </message>
    <message>
        <source>Enter the label shown on the badge.</source>
        <translation>Rozette gösterilecek etiketi girin.</translation>
    </message>
    <message numerus="yes">
        <source>The label is %n characters long; long labels get cut in the chat. At most %1 are advised.</source>
        <translation>
            <numerusform>Etiket %n karakter uzunluğunda; uzun etiketler sohbette kırpılır. En fazla %1 karakter önerilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a background colour, for example #ea00fc.</source>
        <translation>Bir arka plan rengi seçin, örneğin #ea00fc.</translation>
    </message>
    <message>
        <source>The background colour “%1” is not a hex colour. Use the form #rrggbb, for example #ea00fc.</source>
        <translation>“%1” arka plan rengi onaltılık bir renk değil. #rrggbb biçimini kullanın, örneğin #ea00fc.</translation>
    </message>
    <message>
        <source>The text colour is empty, so the chat would fall back to its default colour. Choose one, for example #000000.</source>
        <translation>Metin rengi boş, bu yüzden sohbet varsayılan rengine döner. Bir renk seçin, örneğin #000000.</translation>
    </message>
    <message>
        <source>The text colour “%1” is not a hex colour. Use the form #rrggbb, for example #000000.</source>
        <translation>“%1” metin rengi onaltılık bir renk değil. #rrggbb biçimini kullanın, örneğin #000000.</translation>
    </message>
    <message>
        <source>Enter a tooltip: it tells other users how to earn the badge.</source>
        <translation>Bir araç ipucu girin: Diğer kullanıcılara rozetin nasıl kazanılacağını anlatır.</translation>
    </message>
    <message>
        <source>The tooltip</source>
        <translation>Araç ipucu</translation>
    </message>
    <message>
        <source>Enter the title of the message users see when they receive the badge.</source>
        <translation>Kullanıcıların rozeti aldıklarında gördükleri mesajın başlığını girin.</translation>
    </message>
    <message>
        <source>The message title</source>
        <translation>Mesaj başlığı</translation>
    </message>
    <message>
        <source>Enter the text of the message users see when they receive the badge.</source>
        <translation>Kullanıcıların rozeti aldıklarında gördükleri mesajın metnini girin.</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <source>Message picture</source>
        <translation>Mesaj resmi</translation>
    </message>
    <message>
        <source>Badge icon</source>
        <translation>Rozet simgesi</translation>
    </message>
    <message>
        <source>The trigger must be an object or empty, but it is %1.</source>
        <translation>Tetikleyici bir nesne olmalı veya boş olmalıdır, ancak değeri: %1.</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Yasakla</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>Yasağı &amp;kaldır</translation>
    </message>
    <message>
        <source>Ban or unban users — %1</source>
        <translation>Kullanıcıları yasakla veya yasağı kaldır — %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Oda kimliği</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Ban ends at</source>
        <translation>Yasağın bitişi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Whole app (IN_APP)</source>
        <translation>Tüm uygulama (IN_APP)</translation>
    </message>
    <message>
        <source>One room (IN_ROOM)</source>
        <translation>Tek oda (IN_ROOM)</translation>
    </message>
    <message>
        <source>Room ID (required for a room ban)</source>
        <translation>Oda kimliği (oda yasağı için gerekli)</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Neden yok</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 saat</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 saat</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 gün</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 gün</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Kalıcı</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Şu tarihe kadar…</translation>
    </message>
    <message>
        <source>Optional note, kept with the ban</source>
        <translation>İsteğe bağlı not, yasakla birlikte saklanır</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>İşlem:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;t:</translation>
    </message>
    <message>
        <source>An unban must repeat the scope of the ban it lifts (same type and room).</source>
        <translation>Yasak kaldırma, kaldırdığı yasağın kapsamını aynen tekrarlamalıdır (aynı tür ve aynı oda).</translation>
    </message>
    <message>
        <source>A forbidden nickname blocks the user until they change it: no duration.</source>
        <translation>Yasaklı bir takma ad, kullanıcı onu değiştirene kadar kullanıcıyı engeller: süre yok.</translation>
    </message>
    <message>
        <source>Ends %1 your time (%2) — sent as %3 UTC.</source>
        <translation>Bitiş: yerel saatinizle %1 (%2) — %3 UTC olarak gönderilir.</translation>
    </message>
    <message>
        <source>Permanent: the ban stays until someone lifts it.</source>
        <translation>Kalıcı: Yasak, biri kaldırana kadar sürer.</translation>
    </message>
    <message>
        <source>Enter the room ID for a room ban.</source>
        <translation>Oda yasağı için oda kimliğini girin.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Ka&amp;psam:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Oda:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Neden:</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>Sü&amp;re:</translation>
    </message>
</context>
<context>
    <name>BanReasonInfo</name>
    <message>
        <source>Insults</source>
        <translation>Hakaret</translation>
    </message>
    <message>
        <source>Personal attacks / personal data</source>
        <translation>Kişisel saldırı / kişisel veriler</translation>
    </message>
    <message>
        <source>Flooding / spam</source>
        <translation>Flood / spam</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Şiddet</translation>
    </message>
    <message>
        <source>Fraud / scam</source>
        <translation>Dolandırıcılık</translation>
    </message>
    <message>
        <source>Forbidden nickname</source>
        <translation>Yasaklı takma ad</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Siyaset</translation>
    </message>
    <message>
        <source>Repeated violation</source>
        <translation>Tekrarlanan ihlal</translation>
    </message>
</context>
<context>
    <name>BanRequest</name>
    <message>
        <source>A ban in all rooms ignores the room ID; it is not sent.</source>
        <translation>Tüm odalardaki bir yasak oda kimliğini yok sayar; oda kimliği gönderilmez.</translation>
    </message>
    <message>
        <source>A ban for a forbidden nickname has no end date: it lasts until the user changes the nickname. Choose “permanent”.</source>
        <translation>Yasaklı takma ad nedeniyle verilen bir yasağın bitiş tarihi yoktur: Kullanıcı takma adını değiştirene kadar sürer. “Kalıcı” seçeneğini seçin.</translation>
    </message>
    <message>
        <source>The end date of the ban is not a valid date.</source>
        <translation>Yasağın bitiş tarihi geçerli bir tarih değil.</translation>
    </message>
    <message>
        <source>The end of the ban (%1 UTC) is not in the future.</source>
        <translation>Yasağın bitişi (%1 UTC) gelecekte değil.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Not %n karakter uzunluğunda; en fazla %1 karaktere izin verilir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Ban / unban users…</source>
        <translation>Kullanıcıları &amp;yasakla / yasağı kaldır…</translation>
    </message>
    <message>
        <source>Grant &amp;moderator…</source>
        <translation>&amp;Moderatör yap…</translation>
    </message>
    <message>
        <source>Moderation &amp;log</source>
        <translation>Moderasyon &amp;günlüğü</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;İşler</translation>
    </message>
</context>
<context>
    <name>BulkDialogBase</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>Deneme &amp;çalıştırması</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation>Yazarak onay</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is a production profile.&lt;/b&gt; Type &lt;b&gt;%2&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;%1 bir canlı ortam profilidir.&lt;/b&gt; Onaylamak için &lt;b&gt;%2&lt;/b&gt; yazın.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 — %n user(s), </source>
        <translation>
            <numerusform>Deneme çalıştırması: %1 — %n kullanıcı, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s). Nothing was sent.</source>
        <translation>
            <numerusform>%n çağrı. Hiçbir şey gönderilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm first.</source>
        <translation>Önce onaylamak için %1 yazın.</translation>
    </message>
    <message>
        <source>Add at least one user ID.</source>
        <translation>En az bir kullanıcı kimliği ekleyin.</translation>
    </message>
    <message>
        <source>Job %1 started. You can close this window; the job is saved and can be resumed from Tools → Jobs.</source>
        <translation>%1 işi başlatıldı. Bu pencereyi kapatabilirsiniz; iş kaydedildi ve Araçlar → İşler menüsünden sürdürülebilir.</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <source>Enter the message text.</source>
        <translation>Mesaj metnini girin.</translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters long; at most %1 are allowed.</source>
        <translation>
            <numerusform>Mesaj %n karakter uzunluğunda; en fazla %1 karaktere izin verilir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipPreview</name>
    <message>
        <source>Chip preview on the chat&apos;s light and dark backgrounds</source>
        <translation>Rozetin sohbetin açık ve koyu arka planlarındaki önizlemesi</translation>
    </message>
    <message>
        <source>A</source>
        <comment>avatar initial</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Ali</translation>
    </message>
    <message>
        <source>Hi everyone! 👋</source>
        <translation>Herkese merhaba! 👋</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>badgedesk-cli: %1</source>
        <translation>badgedesk-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;badgedesk-cli --help&apos;.</source>
        <translation>Yardım için: &apos;badgedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is not accepted: pass secrets through the environment or a saved profile.</source>
        <translation>--%1 kabul edilmez: Gizli bilgileri ortam değişkenleriyle veya kayıtlı bir profille iletin.</translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation>--output text, json veya csv olmalıdır.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Bir komut belirtin.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Bilinmeyen komut &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the saved profiles: %1</source>
        <translation>Kayıtlı profiller okunamıyor: %1</translation>
    </message>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adında kayıtlı profil yok.</translation>
    </message>
    <message>
        <source>No credentials: %1 Or use --profile NAME.</source>
        <translation>Kimlik bilgisi yok: %1 Ya da --profile NAME kullanın.</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>ortam (%1)</translation>
    </message>
    <message>
        <source>Use &quot;jobs list&quot; or &quot;jobs resume JOB_ID&quot;.</source>
        <translation>&quot;jobs list&quot; veya &quot;jobs resume JOB_ID&quot; kullanın.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Hata: %1</translation>
    </message>
    <message>
        <source>Give the badge with --from FILE.json.</source>
        <translation>Rozeti --from FILE.json ile verin.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 bir JSON nesnesi değil: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n sahip</numerusform>
        </translation>
    </message>
    <message>
        <source>A badge id is a positive number.</source>
        <translation>Rozet kimliği pozitif bir sayıdır.</translation>
    </message>
    <message>
        <source>Dry run: would delete badge %1.</source>
        <translation>Deneme çalıştırması: %1 rozeti silinirdi.</translation>
    </message>
    <message>
        <source>Badge %1 deleted.</source>
        <translation>%1 rozeti silindi.</translation>
    </message>
    <message>
        <source>Use badges list, get ID, create --from FILE, update ID --from FILE or delete ID.</source>
        <translation>badges list, get ID, create --from FILE, update ID --from FILE veya delete ID kullanın.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>uyarı: %1</translation>
    </message>
    <message>
        <source>Use: assign BADGE_ID --ids FILE</source>
        <translation>Kullanım: assign BADGE_ID --ids FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Beklenmeyen argüman &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--type must be IN_APP or IN_ROOM.</source>
        <translation>--type IN_APP veya IN_ROOM olmalıdır.</translation>
    </message>
    <message>
        <source>--room is only for --type IN_ROOM.</source>
        <translation>--room yalnızca --type IN_ROOM ile kullanılır.</translation>
    </message>
    <message>
        <source>Unknown --reason &quot;%1&quot;.</source>
        <translation>Bilinmeyen --reason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires must be 1h, 24h, 7d, 30d, permanent or &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC).</source>
        <translation>--expires 1h, 24h, 7d, 30d, permanent veya &quot;YYYY-MM-DD HH:MM:SS&quot; (UTC) olmalıdır.</translation>
    </message>
    <message>
        <source>unban takes only --type and --room.</source>
        <translation>unban yalnızca --type ve --room alır.</translation>
    </message>
    <message>
        <source>grant-moderator needs --room ID.</source>
        <translation>grant-moderator için --room ID gerekir.</translation>
    </message>
    <message>
        <source>Give the user IDs with --ids FILE (&quot;-&quot; for standard input).</source>
        <translation>Kullanıcı kimliklerini --ids FILE ile verin (standart girdi için &quot;-&quot;).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>hata: %1</translation>
    </message>
    <message>
        <source>--batch-size must be between 1 and 1000.</source>
        <translation>--batch-size 1 ile 1000 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>Deneme çalıştırması: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n user(s) to send</source>
        <translation>
            <numerusform>  gönderilecek %n kullanıcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n skipped (duplicates or invalid)</source>
        <translation>
            <numerusform>  %n atlandı (yinelenen veya geçersiz)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n call(s) would be made; nothing was sent.</source>
        <translation>
            <numerusform>  %n çağrı yapılırdı; hiçbir şey gönderilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user IDs to send.</source>
        <translation>Gönderilecek kullanıcı kimliği yok.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 started: %2, %n ID(s) to send.</source>
        <translation>
            <numerusform>%1 işi başlatıldı: %2, gönderilecek %n kimlik.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>%1: %2 tamamlandı, %3 başarısız, %4 atlandı, %5 bekliyor.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>başarısız: %1: %2</translation>
    </message>
    <message>
        <source>Job %1 paused: %2</source>
        <translation>%1 işi duraklatıldı: %2</translation>
    </message>
    <message>
        <source>Resume it with: badgedesk-cli jobs resume %1</source>
        <translation>Sürdürmek için: badgedesk-cli jobs resume %1</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 tamamlandı, %2 başarısız, %3 bekliyor</translation>
    </message>
    <message>
        <source>No jobs for this profile.</source>
        <translation>Bu profil için iş yok.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: job %1 would send %n ID(s).</source>
        <translation>
            <numerusform>Deneme çalıştırması: %1 işi %n kimlik gönderirdi.</numerusform>
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
        <translation>Kullanım: badgedesk-cli [--profile NAME] [--dry-run] [--output text|json|csv] COMMAND

Komut satırında Badge Desk: uygulamayla aynı motor ve aynı iş günlüğü.

Komutlar:
  badges list                          tüm rozetler (--output json ile JSON)
  badges get ID                        JSON olarak tek bir rozet
  badges create --from FILE.json       bir JSON nesnesinden rozet oluşturur; rozeti kimliğiyle
                                       birlikte yazdırır
  badges update ID --from FILE.json    bir rozetin alanlarını değiştirir (rozetin tamamı gönderilir)
  badges delete ID                     bir rozeti siler (sahipleri rozeti kaybeder)
  assign BADGE_ID --ids FILE           FILE içindeki her kullanıcıya bir rozet verir
  ban --ids FILE --type IN_APP|IN_ROOM [--room ID] [--reason NAME|CODE]
      [--expires 1h|24h|7d|30d|&quot;YYYY-MM-DD HH:MM:SS&quot;] [--description TEXT]
                                       kullanıcıları yasaklar (--expires olmadan: kalıcı)
  unban --ids FILE --type IN_APP|IN_ROOM [--room ID]
                                       yasakları kaldırır; yasağın kapsamını aynen tekrarlayın
  grant-moderator --room ID --ids FILE kullanıcıları bir odanın moderatörü yapar
                                       (API bunu geri alamaz: Watchers yönetim panelini kullanın)
  jobs list                            bu profilin işleri, en yenisi önce
  jobs resume JOB_ID                   kesilen veya duraklatılan bir işi sürdürür; onaylanan
                                       kimlikler yeniden gönderilmez (kimliğin benzersiz bir öneki
                                       yeterlidir)

Seçenekler:
  --profile NAME        uygulamanın kayıtlı bir profili (ad veya kimlik); belirteci işletim
                        sistemi anahtar zincirinden alınır. Verilmezse ortam kullanılır (aşağıda).
  --dry-run             her şeyi kontrol eder ve sayar, hiçbir şey göndermez, günlük yazmaz
  --output FORMAT       text (varsayılan), json veya csv (bir işin kimlik başına sonuçları)
  --ids FILE            virgül, noktalı virgül, sekme, boşluk veya yeni satırla ayrılmış,
                        tırnaklı ya da tırnaksız kullanıcı kimlikleri; başlık satırı isteğe
                        bağlıdır; &quot;-&quot; standart girdiyi okur
  --from FILE.json      JSON olarak bir rozet: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        assign çağrısı başına kimlik sayısı (varsayılan: Badge Desk Tercihleri,
                        yoksa 500)
  --in-flight N         aynı anda yapılan çağrı sayısı (varsayılan: Tercihler, yoksa 4)
  --rate N              saniyede en fazla N çağrı (varsayılan: sınır yok)
  --max-attempts N      kimlikleri başarısız sayılmadan önce çağrı başına deneme sayısı
                        (varsayılan 6)
  --skip-encrypted      şifrelenmiş görünen kimlikleri dışarıda bırakır (Base64, yüzde kodlu)
  -h, --help            bu metin
  --version             sürüm

Nedenler (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(--expires almaz), POLITICAL 7, REPEATED 8. --expires tarihleri UTC&apos;dir.

Ortam (--profile verilmediğinde):
  WATCHERS_BASE_URL veya WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Kimlik bilgileri asla argüman olarak kabul edilmez: Argümanlar diğer kullanıcılara görünür.
  BADGEDESK_DATA_DIR    iş günlüklerinin ve moderasyon günlüğünün tutulduğu yer
  BADGEDESK_CONFIG_DIR  kayıtlı profillerin ve uygulama Tercihlerinin (settings.ini: zaman aşımları,
                        parti boyutu, aynı anda çağrı sayısı, veri klasörü) okunduğu yer

İşler: Her assign, ban, unban ve grant-moderator, diskte bir günlüğü olan bir iş olarak çalışır.
İş kimliği, iş başladığında standart hataya yazdırılır. Bir çökme, sonlandırma veya kimlik
bilgisi sorunundan sonra `jobs resume JOB_ID` yalnızca onaylanmamış olanları gönderir.

Çıkış kodları:
  0  başarılı
  1  API isteği reddetti (doğrulama, bilinmeyen rozet veya oda) ya da bir dosya hatası
  2  kullanım hatası (bilinmeyen komut veya seçenek, eksik argüman, okunamayan girdi)
  3  kimlik bilgisi hatası (verilmemiş, bilinmeyen profil, anahtar zinciri, belirteç veya API
     anahtarı reddedildi)
  4  kısmi başarısızlık: İş bitti, bazı kimlikler başarısız oldu (sonuçlara bakın)
  5  ağ hatası: sunucuya ulaşılamıyor, zaman aşımları veya yeniden deneme sınırını aşan hatalar;
     iş duraklatıldı ve sürdürülebilir
</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose colour</source>
        <translation>Renk seç</translation>
    </message>
    <message>
        <source>Open the colour dialog</source>
        <translation>Renk iletişim kutusunu aç</translation>
    </message>
    <message>
        <source>Hex colour</source>
        <translation>Onaltılık renk</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Preset colours</source>
        <translation>Hazır renkler</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Hazır</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The project has %n badge(s).</source>
        <translation>
            <numerusform>Bağlandı. Projede %n rozet var.</numerusform>
        </translation>
    </message>
    <message>
        <source>API key not recognised in region %1. Check the key and the region.</source>
        <translation>API anahtarı %1 bölgesinde tanınmadı. Anahtarı ve bölgeyi kontrol edin.</translation>
    </message>
    <message>
        <source>The bearer token was rejected (missing, wrong or revoked). Paste a current token from the admin panel, Settings → Bearer tokens.</source>
        <translation>Bearer belirteci reddedildi (eksik, yanlış veya iptal edilmiş). Yönetim panelinden geçerli bir belirteç yapıştırın (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 ile güvenli bağlantı kurulamadı: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 adresine ulaşılamadı: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>custom URL</source>
        <translation>özel URL</translation>
    </message>
    <message>
        <source>WATCHERS_BASE_URL is not a valid URL.</source>
        <translation>WATCHERS_BASE_URL geçerli bir URL değil.</translation>
    </message>
    <message>
        <source>WATCHERS_REGION &quot;%1&quot; is not one of eu, us, sa, hk, za.</source>
        <translation>WATCHERS_REGION &quot;%1&quot; değeri eu, us, sa, hk, za değerlerinden biri değil.</translation>
    </message>
    <message>
        <source>Set WATCHERS_BASE_URL or WATCHERS_REGION.</source>
        <translation>WATCHERS_BASE_URL veya WATCHERS_REGION ayarlayın.</translation>
    </message>
    <message>
        <source>Set WATCHERS_API_KEY and WATCHERS_TOKEN.</source>
        <translation>WATCHERS_API_KEY ve WATCHERS_TOKEN ayarlayın.</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Give the full path of a folder.</source>
        <translation>Bir klasörün tam yolunu girin.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 bir dosya, klasör değil.</translation>
    </message>
    <message>
        <source>Choose a folder outside %1, where the data is kept now.</source>
        <translation>Verilerin şu anda tutulduğu %1 dışında bir klasör seçin.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>%1 klasörü oluşturulamıyor. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>Badge Desk cannot write to %1. Choose a folder you can write to.</source>
        <translation>Badge Desk %1 konumuna yazamıyor. Yazabileceğiniz bir klasör seçin.</translation>
    </message>
    <message>
        <source>%1 is inside the folder being moved.</source>
        <translation>%1, taşınan klasörün içinde.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1, %2 konumuna kopyalanamadı.</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs could not be moved to %1: %2 Nothing was removed; Badge Desk keeps using %3.</source>
        <translation>Taslaklarınız, iş günlükleriniz ve moderasyon günlükleriniz %1 konumuna taşınamadı: %2 Hiçbir şey kaldırılmadı; Badge Desk %3 konumunu kullanmaya devam ediyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already existed in %1 with other content and were left in %2: %3</source>
        <translation>
            <numerusform>%n dosya %1 içinde farklı içerikle zaten vardı ve %2 içinde bırakıldı: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Onaylamak için %1 yazın.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Onayla</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>API key not recognised in region %1.</source>
        <translation>API anahtarı %1 bölgesinde tanınmadı.</translation>
    </message>
    <message>
        <source>Check the key and the project&apos;s region.</source>
        <translation>Anahtarı ve projenin bölgesini kontrol edin.</translation>
    </message>
    <message>
        <source>Bearer token missing, wrong or revoked.</source>
        <translation>Bearer belirteci eksik, yanlış veya iptal edilmiş.</translation>
    </message>
    <message>
        <source>Paste a current token from the Watchers admin panel (Settings → Bearer tokens).</source>
        <translation>Watchers yönetim panelinden geçerli bir belirteç yapıştırın (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Sunucuda bulunamadı.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh and try again.</source>
        <translation>Silinmiş olabilir; yenileyip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Sunucu isteği reddetti.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>İşaretli alanları düzeltip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429).</source>
        <translation>Sunucu istekleri sınırlıyor (429).</translation>
    </message>
    <message>
        <source>Wait a moment; the app slows down and retries where it is safe.</source>
        <translation>Biraz bekleyin; uygulama yavaşlar ve güvenli olduğu durumlarda yeniden dener.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Sunucuda bir sorun oluştu (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it persists, check Watchers&apos; status.</source>
        <translation>Birazdan tekrar deneyin. Sorun sürerse Watchers&apos;ın durumunu kontrol edin.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Sunucu HTTP %1 yanıtı verdi.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Güvenli bağlantı başarısız: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so nothing was sent. Check the server address, the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Sunucunun sertifikasına güvenilemedi, bu yüzden hiçbir şey gönderilmedi. Sunucu adresini, sistem saatini ve HTTPS trafiğini araya girerek yakalayan proxy&apos;leri kontrol edin.</translation>
    </message>
    <message>
        <source>Connection refused by the server.</source>
        <translation>Bağlantı sunucu tarafından reddedildi.</translation>
    </message>
    <message>
        <source>Check the server address; the service may be down.</source>
        <translation>Sunucu adresini kontrol edin; hizmet çalışmıyor olabilir.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Sunucu bulunamadı.</translation>
    </message>
    <message>
        <source>Check the server address and your internet connection.</source>
        <translation>Sunucu adresini ve internet bağlantınızı kontrol edin.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Sunucu yanıt vermeden bağlantıyı kapattı.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>Tekrar deneyin; sorun sürerse sunucu aşırı yüklenmiş olabilir.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent.</source>
        <translation>İstek gönderildikten sonra bağlantı koptu.</translation>
    </message>
    <message>
        <source>It may or may not have been applied: refresh to check before trying again, so nothing is created twice.</source>
        <translation>İstek uygulanmış da olabilir, uygulanmamış da: Hiçbir şeyin iki kez oluşturulmaması için tekrar denemeden önce yenileyip kontrol edin.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>Proxy sunucusu hata verdi.</translation>
    </message>
    <message>
        <source>Check the system proxy settings.</source>
        <translation>Sistem proxy ayarlarını kontrol edin.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere.</source>
        <translation>Sunucu isteği başka bir adrese yönlendirdi.</translation>
    </message>
    <message>
        <source>Only redirects to the same server are followed, so the token never leaves it. Check the server address.</source>
        <translation>Belirtecin sunucudan hiç çıkmaması için yalnızca aynı sunucuya yapılan yönlendirmeler izlenir. Sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Ağ hatası.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Bağlantınızı kontrol edip tekrar deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n saniye içinde tam bir yanıt gelmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server may be slow or unreachable; try again.</source>
        <translation>Sunucu yavaş veya erişilemez olabilir; tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>Sunucu yanıt vermeyi durdurdu.</translation>
    </message>
</context>
<context>
    <name>GrantModeratorDialog</name>
    <message>
        <source>Grant moderator role — %1</source>
        <translation>Moderatör rolü ver — %1</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Oda kimliği</translation>
    </message>
    <message>
        <source>The room must already exist</source>
        <translation>Oda zaten var olmalıdır</translation>
    </message>
    <message>
        <source>ℹ The API can grant the role but cannot take it back. To revoke it, open the user&apos;s avatar menu in the Watchers admin panel.</source>
        <translation>ℹ API rolü verebilir ancak geri alamaz. Geri almak için Watchers yönetim panelinde kullanıcının avatar menüsünü açın.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Oda kimliğini girin.</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Oda:</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>Enter the user ID.</source>
        <translation>Kullanıcı kimliğini girin.</translation>
    </message>
    <message>
        <source>Enter the room ID.</source>
        <translation>Oda kimliğini girin.</translation>
    </message>
    <message>
        <source>The user ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>Kullanıcı kimliği satır sonu veya sekme gibi bir denetim karakteri içeriyor. Yapıştırılan içeriği kontrol edin.</translation>
    </message>
    <message>
        <source>The room ID contains a control character, such as a line break or a tab. Check what was pasted.</source>
        <translation>Oda kimliği satır sonu veya sekme gibi bir denetim karakteri içeriyor. Yapıştırılan içeriği kontrol edin.</translation>
    </message>
    <message>
        <source>This looks like an encrypted or URL-encoded user ID. The API expects the plain, unencrypted ID.</source>
        <translation>Bu, şifrelenmiş veya URL kodlu bir kullanıcı kimliğine benziyor. API düz, şifrelenmemiş kimliği bekler.</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Dosya aç…</translation>
    </message>
    <message>
        <source>Leave out IDs that look encrypted</source>
        <translation>Şifrelenmiş görünen kimlikleri dışarıda bırak</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Kullanıcı kimlikleri</translation>
    </message>
    <message>
        <source>Paste user IDs, or drop a .csv or .txt file here. Commas, semicolons, tabs, spaces and new lines all separate IDs.</source>
        <translation>Kullanıcı kimliklerini yapıştırın veya buraya bir .csv ya da .txt dosyası bırakın. Virgüller, noktalı virgüller, sekmeler, boşluklar ve yeni satırlar kimlikleri ayırır.</translation>
    </message>
    <message>
        <source>Open a file of user IDs</source>
        <translation>Kullanıcı kimliklerini içeren bir dosya aç</translation>
    </message>
    <message>
        <source>Flagged values</source>
        <translation>İşaretlenen değerler</translation>
    </message>
    <message>
        <source>Open user IDs</source>
        <translation>Kullanıcı kimliklerini aç</translation>
    </message>
    <message>
        <source>ID lists (*.csv *.txt);;All files (*)</source>
        <translation>Kimlik listeleri (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%1 — %n character(s), too large to show; parsed in full)</source>
        <translation>
            <numerusform>(%1 — %n karakter, gösterilemeyecek kadar büyük; tamamı işlendi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IDs…</source>
        <translation>Kimlikler okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n unique ID(s) to send</source>
        <translation>
            <numerusform>Gönderilecek %n benzersiz kimlik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) sent once</source>
        <translation>
            <numerusform>%n yinelenen, bir kez gönderilir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid left out</source>
        <translation>
            <numerusform>%n geçersiz, dışarıda bırakıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n boş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, left out</source>
        <translation>
            <numerusform>%n şifrelenmiş görünüyor, dışarıda bırakıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) encrypted, sent as is</source>
        <translation>
            <numerusform>%n şifrelenmiş görünüyor, olduğu gibi gönderilir</numerusform>
        </translation>
    </message>
    <message>
        <source>header row skipped</source>
        <translation>başlık satırı atlandı</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>The file is %1, but at most 10 MB are allowed.</source>
        <translation>Dosya boyutu %1, ancak en fazla 10 MB olabilir.</translation>
    </message>
    <message>
        <source>This is not an image the chat can show.</source>
        <translation>Bu, sohbetin gösterebileceği bir resim değil.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, but it must be at least %3 × %3 px.</source>
        <translation>Resim %1 × %2 px, ancak en az %3 × %3 px olmalıdır.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; the download was stopped there.</source>
        <translation>Dosya 10 MB&apos;tan büyük; indirme bu noktada durduruldu.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Resim yok.</translation>
    </message>
    <message>
        <source>Checking the picture…</source>
        <translation>Resim kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Could not check the picture: %1</source>
        <translation>Resim kontrol edilemedi: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ %1 × %2 px, %3 %4 — within the limits (≤ 10 MB, ≥ 190 × 190 px).</source>
        <translation>✓ %1 × %2 px, %3 %4 — sınırlar içinde (≤ 10 MB, ≥ 190 × 190 px).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>https://… (empty: no picture)</source>
        <translation>https://… (boş: resim yok)</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Dosya kontrol et…</translation>
    </message>
    <message>
        <source>Check a local picture against the limits before you upload it</source>
        <translation>Yüklemeden önce yerel bir resmi sınırlara göre kontrol et</translation>
    </message>
    <message>
        <source>Check a picture</source>
        <translation>Resim kontrol et</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>Yerel dosya: %1</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” bir web adresi değil.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” bir dosya değil.</translation>
    </message>
</context>
<context>
    <name>JobAction</name>
    <message>
        <source>Choose a badge.</source>
        <translation>Bir rozet seçin.</translation>
    </message>
    <message>
        <source>Assign badge %1</source>
        <translation>%1 rozetini ver</translation>
    </message>
    <message>
        <source>Remove badge %1</source>
        <translation>%1 rozetini kaldır</translation>
    </message>
    <message>
        <source>Ban in room %1</source>
        <translation>%1 odasında yasakla</translation>
    </message>
    <message>
        <source>Ban in the app</source>
        <translation>Uygulamada yasakla</translation>
    </message>
    <message>
        <source>Unban in room %1</source>
        <translation>%1 odasında yasağı kaldır</translation>
    </message>
    <message>
        <source>Unban in the app</source>
        <translation>Uygulamada yasağı kaldır</translation>
    </message>
    <message>
        <source>Grant moderator in room %1</source>
        <translation>%1 odasında moderatör yap</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>rozet %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>oda %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>neden yok</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>%1 UTC&apos;ye kadar</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>kalıcı</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>not: %1</translation>
    </message>
</context>
<context>
    <name>JobItem</name>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Atlandı (yinelenen)</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Atlandı (geçersiz)</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>İş günlüğü %1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>İş günlüğü %1 açılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>İş günlüğü %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged at line %2.</source>
        <translation>İş günlüğü %1, %2. satırda bozuk.</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer Badge Desk.</source>
        <translation>İş günlüğü %1, Badge Desk&apos;in daha yeni bir sürümü tarafından yazılmış.</translation>
    </message>
    <message>
        <source>%1 is not a Badge Desk job journal.</source>
        <translation>%1 bir Badge Desk iş günlüğü değil.</translation>
    </message>
    <message>
        <source>No job %1 for this profile.</source>
        <translation>Bu profil için %1 işi yok.</translation>
    </message>
    <message>
        <source>%1 matches several jobs; give more of the id.</source>
        <translation>%1 birden fazla işle eşleşiyor; kimliğin daha uzun bir kısmını verin.</translation>
    </message>
</context>
<context>
    <name>JobProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>D&amp;uraklat</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>İşi &amp;iptal et</translation>
    </message>
    <message>
        <source>Retry &amp;failed only</source>
        <translation>Yalnızca başarısızları y&amp;eniden dene</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Sonuçları dışa &amp;aktar…</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>İş ilerlemesi</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Sonuçları göster</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sonuçlarda ara</translation>
    </message>
    <message>
        <source>Search ID or reason</source>
        <translation>Kimlik veya neden ara</translation>
    </message>
    <message>
        <source>Results per user ID</source>
        <translation>Kullanıcı kimliği başına sonuçlar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Sonuçları dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 skipped</source>
        <translation>%1 / %2 tamamlandı · %3 başarısız · %4 atlandı</translation>
    </message>
    <message>
        <source> · %1 IDs/s</source>
        <translation> · %1 kimlik/sn</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · yaklaşık %1 kaldı</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n sn</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 yazılamadı.</translation>
    </message>
</context>
<context>
    <name>JobResultsModel</name>
    <message>
        <source>User ID</source>
        <translation>Kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Interrupted: Badge Desk stopped while the job was running.</source>
        <translation>Kesintiye uğradı: İş çalışırken Badge Desk durdu.</translation>
    </message>
    <message>
        <source>The job journal could not be written: %1</source>
        <translation>İş günlüğü yazılamadı: %1</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Sizin tarafınızdan duraklatıldı.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Sizin tarafınızdan iptal edildi.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n times in a row; the job is paused so as not to overload it. Last error: %1</source>
        <translation>
            <numerusform>Sunucu art arda %n kez hata verdi; sunucuyu aşırı yüklememek için iş duraklatıldı. Son hata: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>%n denemeden sonra vazgeçildi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks to wait until %1; the job is paused. Resume it then.</source>
        <translation>Sunucu %1 zamanına kadar beklenmesini istiyor; iş duraklatıldı. O zaman sürdürün.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>JobStateInfo</name>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>Jobs — %1</source>
        <translation>İşler — %1</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>İşler</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source> — can be resumed</source>
        <translation> — sürdürülebilir</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 pending</source>
        <translation>%1 tamamlandı, %2 başarısız, %3 bekliyor</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Sü&amp;rdür</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Yenile</translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message>
        <source>The data is too large to read: %1 bytes, but at most %2 bytes are accepted.</source>
        <translation>Veri okunamayacak kadar büyük: %1 bayt, ancak en fazla %2 bayt kabul edilir.</translation>
    </message>
    <message>
        <source>The data is empty: expected a JSON value.</source>
        <translation>Veri boş: Bir JSON değeri bekleniyordu.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>Veri geçerli bir JSON değil: %1, satır %2, sütun %3 (bayt %4).</translation>
    </message>
    <message>
        <source>The data is not valid JSON: expected one value, but more follow at line %1, column %2 (byte %3).</source>
        <translation>Veri geçerli bir JSON değil: Tek bir değer bekleniyordu, ancak satır %1, sütun %2 (bayt %3) konumundan sonra devamı var.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value true</source>
        <translation>true değeri</translation>
    </message>
    <message>
        <source>the value false</source>
        <translation>false değeri</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>bir sayı (%1)</translation>
    </message>
    <message>
        <source>text (“%1…”)</source>
        <translation>metin (“%1…”)</translation>
    </message>
    <message>
        <source>text (“%1”)</source>
        <translation>metin (“%1”)</translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>%n öğeli bir liste</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>bir nesne</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
</context>
<context>
    <name>JwtInfo</name>
    <message>
        <source>This does not look like a Watchers token: a token has three parts separated by dots.</source>
        <translation>Bu bir Watchers belirtecine benzemiyor: Bir belirteç, noktalarla ayrılmış üç bölümden oluşur.</translation>
    </message>
    <message>
        <source>The token&apos;s middle part is not valid base64url; it may be cut short.</source>
        <translation>Belirtecin orta bölümü geçerli bir base64url değil; kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>Belirtecin yükü bir JSON nesnesi değil.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>OS keychain</source>
        <translation>İşletim sistemi anahtar zinciri</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Badge Desk never stores tokens in plain files; you can use the token for this session only, or start a keychain service (GNOME Keyring, KWallet) and try again.</source>
        <translation>Kullanılabilir bir işletim sistemi anahtar zinciri yok (%1). Badge Desk belirteçleri asla düz dosyalarda saklamaz; belirteci yalnızca bu oturum için kullanabilir veya bir anahtar zinciri hizmeti (GNOME Keyring, KWallet) başlatıp tekrar deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>oturum veri yolunda Secret Service yok</translation>
    </message>
    <message>
        <source>The keychain has no such item.</source>
        <translation>Anahtar zincirinde böyle bir öğe yok.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked, or access was declined): %1</source>
        <translation>Anahtar zinciri erişimi reddetti (kilitli olabilir veya erişim reddedilmiş olabilir): %1</translation>
    </message>
    <message>
        <source>The keychain item could not be removed: %1</source>
        <translation>Anahtar zinciri öğesi kaldırılamadı: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or access was declined: %1</source>
        <translation>Anahtar zinciri kilitli veya erişim reddedildi: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Anahtar zinciri bir hata bildirdi: %1</translation>
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
        <translation>⭐ Yeni</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Profil yok</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>&amp;New badge</source>
        <translation>&amp;Yeni rozet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzenle</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>&amp;Assign to users…</source>
        <translation>Kullanıcılara &amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Import badges…</source>
        <translation>Rozetleri &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Pencereyi &amp;kapat</translation>
    </message>
    <message>
        <source>&amp;Profiles and tokens…</source>
        <translation>&amp;Profiller ve belirteçler…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Rozet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Rozetler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The Watchers project you are working on</source>
        <translation>Üzerinde çalıştığınız Watchers projesi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Rozetleri filtrele</translation>
    </message>
    <message>
        <source>Filter by text, tooltip or ID (%1)</source>
        <translation>Metne, araç ipucuna veya kimliğe göre filtrele (%1)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 ile bağlantı kuruluyor…</translation>
    </message>
    <message>
        <source>Badge Desk — %1 — PRODUCTION</source>
        <translation>Badge Desk — %1 — CANLI ORTAM</translation>
    </message>
    <message>
        <source>Badge Desk — %1</source>
        <translation>Badge Desk — %1</translation>
    </message>
    <message>
        <source>PRODUCTION — %1: changes here reach real users</source>
        <translation>CANLI ORTAM — %1: Buradaki değişiklikler gerçek kullanıcılara ulaşır</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — CANLI ORTAM</translation>
    </message>
    <message>
        <source>Profiles and tokens…</source>
        <translation>Profiller ve belirteçler…</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (canlı ortam)</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Rozetler yükleniyor…</translation>
    </message>
    <message>
        <source>Could not load badges</source>
        <translation>Rozetler yüklenemedi</translation>
    </message>
    <message>
        <source>%1 · not connected</source>
        <translation>%1 · bağlı değil</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Bağlanıldı: %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n rozet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n badge(s) shown</source>
        <translation>
            <numerusform>%n rozetten %1 tanesi gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>You are switching to %1.</source>
        <translation>Şuna geçiyorsunuz: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Kaydedilmemiş değişiklikler bulundu</translation>
    </message>
    <message>
        <source>There are unsaved changes to %1 from %2 that were never saved (the app closed or crashed). Restore them?</source>
        <translation>%1 için %2 tarihli, hiç kaydedilmemiş değişiklikler var (uygulama kapandı veya çöktü). Geri yüklensin mi?</translation>
    </message>
    <message>
        <source>Restore changes</source>
        <translation>Değişiklikleri geri yükle</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Bunları at</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n badge(s) were kept from an earlier session.</source>
        <translation>
            <numerusform>Önceki bir oturumdan %n rozete ait kaydedilmemiş değişiklikler saklandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are restoring a draft.</source>
        <translation>Bir taslağı geri yüklüyorsunuz.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>%1 The badge %2 has unsaved changes. Save them first, or discard them?</source>
        <translation>%1 %2 rozetinde kaydedilmemiş değişiklikler var. Önce kaydedilsin mi, yoksa atılsın mı?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Düzenlemeye devam et</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Değişiklikleri at</translation>
    </message>
    <message>
        <source>You are creating a new badge.</source>
        <translation>Yeni bir rozet oluşturuyorsunuz.</translation>
    </message>
    <message>
        <source>You are duplicating %1.</source>
        <translation>Şunu çoğaltıyorsunuz: %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Oluşturuldu: %1.</translation>
    </message>
    <message>
        <source>Badge deleted on the server</source>
        <translation>Rozet sunucuda silinmiş</translation>
    </message>
    <message>
        <source>%1 was deleted on the server while you edited it. Create it again with your changes?</source>
        <translation>Siz düzenlerken %1 sunucuda silindi. Değişikliklerinizle yeniden oluşturulsun mu?</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Yeniden oluştur</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Sunucuda değiştirilmiş</translation>
    </message>
    <message>
        <source>%1 was changed on the server after you started editing it (someone else, or another window). Saving now overwrites those changes with yours.</source>
        <translation>Siz düzenlemeye başladıktan sonra %1 sunucuda değiştirildi (başka biri tarafından veya başka bir pencerede). Şimdi kaydederseniz bu değişikliklerin üzerine sizinkiler yazılır.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Üzerine yaz</translation>
    </message>
    <message>
        <source>Not saved; your changes are still in the editor.</source>
        <translation>Kaydedilmedi; değişiklikleriniz hâlâ düzenleyicide.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Kaydedildi: %1.</translation>
    </message>
    <message>
        <source> This is the PRODUCTION project %1.</source>
        <translation> Bu, CANLI ORTAM projesi %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>%1 rozeti silinsin mi? Bu rozet %n kullanıcıda var ve onu kaybedecekler. Bu işlem geri alınamaz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be undone.</source>
        <translation>
            <numerusform>%1 rozet silinsin mi? Bu rozetler toplam %n kullanıcıda var ve onları kaybedecekler. Bu işlem geri alınamaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete badges</source>
        <translation>Rozetleri sil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n badge(s).</source>
        <translation>
            <numerusform>%n rozet silindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be deleted</source>
        <translation>
            <numerusform>%n rozet silinemedi</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 siliniyor…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the %1 request as a curl command; the token and the API key are the placeholders %2 and %3.</source>
        <translation>%1 isteği curl komutu olarak kopyalandı; belirteç ve API anahtarı yerine %2 ve %3 yer tutucuları kullanıldı.</translation>
    </message>
    <message>
        <source>Export badges</source>
        <translation>Rozetleri dışa aktar</translation>
    </message>
    <message>
        <source>Badge definitions (*.json)</source>
        <translation>Rozet tanımları (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge(s) to %1.</source>
        <translation>
            <numerusform>%n rozet dışa aktarıldı: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badges</source>
        <translation>Rozetleri içe aktar</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 içe aktarılamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n new badge(s) in %1 from this file?</source>
        <translation>
            <numerusform>Bu dosyadan %1 içinde %n yeni rozet oluşturulsun mu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <source>Imported %1 badge(s), %2 failed.</source>
        <translation>%1 rozet içe aktarıldı, %2 başarısız.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n badge(s) to %1…</source>
        <translation>
            <numerusform>%n rozet %1 profiline kopyalanıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 badge(s) to %2, %3 failed.</source>
        <translation>%1 rozet %2 profiline kopyalandı, %3 başarısız.</translation>
    </message>
    <message>
        <source>Could not create the badge %1</source>
        <translation>%1 rozeti oluşturulamadı</translation>
    </message>
    <message>
        <source>You are closing the window.</source>
        <translation>Pencereyi kapatıyorsunuz.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Çoğalt</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>c&amp;URL olarak kopyala</translation>
    </message>
    <message>
        <source>E&amp;xport badges…</source>
        <translation>Rozetleri dışa &amp;aktar…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About Badge Desk</source>
        <translation>Badge Desk &amp;hakkında</translation>
    </message>
    <message>
        <source>Cop&amp;y to profile</source>
        <translation>Profile k&amp;opyala</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is kept for this session under that name.</source>
        <translation>Bu oturum için bu adla saklanan bir gizli bilgi yok.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>yalnızca bu oturum</translation>
    </message>
    <message>
        <source>The secret store is unavailable.</source>
        <translation>Gizli bilgi deposu kullanılamıyor.</translation>
    </message>
</context>
<context>
    <name>ModerationLog</name>
    <message>
        <source>Cannot write the moderation log %1: %2</source>
        <translation>Moderasyon günlüğü %1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read the moderation log %1: %2</source>
        <translation>Moderasyon günlüğü %1 okunamıyor: %2</translation>
    </message>
</context>
<context>
    <name>ModerationLogEntry</name>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 ve %n tane daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogWindow</name>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Geri al…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Moderation log — %1</source>
        <translation>Moderasyon günlüğü — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Günlükte ara</translation>
    </message>
    <message>
        <source>Search user, room, note, result</source>
        <translation>Kullanıcı, oda, not, sonuç ara</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tüm işlemler</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderasyon günlüğü</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametreler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>The Watchers API has no documented way to remove a badge from users; do it in the Watchers admin panel.</source>
        <translation>Watchers API&apos;sinde kullanıcılardan rozet kaldırmanın belgelenmiş bir yolu yok; bunu Watchers yönetim panelinden yapın.</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>Moderasyon günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Yasaklar</translation>
    </message>
    <message>
        <source>Unbans</source>
        <translation>Yasak kaldırmalar</translation>
    </message>
    <message>
        <source>Moderator grants</source>
        <translation>Moderatör atamaları</translation>
    </message>
    <message>
        <source>Badge assignments</source>
        <translation>Rozet vermeler</translation>
    </message>
    <message>
        <source>Badge removals</source>
        <translation>Rozet kaldırmalar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Sistem varsayılanı (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>The language of Badge Desk&apos;s menus and messages. &quot;System default&quot; follows the languages chosen in your system settings. Takes effect the next time Badge Desk starts.</source>
        <translation>Badge Desk menülerinin ve iletilerinin dili. “Sistem varsayılanı”, sistem ayarlarınızda seçilen dilleri izler. Badge Desk bir sonraki başlatılışında geçerli olur.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> saniye</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>&amp;Aktarım zaman aşımı:</translation>
    </message>
    <message>
        <source>Give up on a request when no data has moved for this many seconds (%1 to %2). Requests that only read are then tried again; changes are never sent twice by themselves.</source>
        <translation>Bu kadar saniye boyunca hiç veri aktarılmazsa isteği bırak (%1 ile %2 arası). Yalnızca okuyan istekler sonra yeniden denenir; değişiklikler hiçbir zaman kendiliğinden iki kez gönderilmez.</translation>
    </message>
    <message>
        <source>Overall &amp;deadline:</source>
        <translation>&amp;Toplam süre sınırı:</translation>
    </message>
    <message>
        <source>The longest one request may take in all, retries included, in seconds (at least the transfer timeout, at most %1). Then it fails with a message.</source>
        <translation>Bir isteğin yeniden denemeler dahil toplamda sürebileceği en uzun süre, saniye olarak (en az aktarım zaman aşımı, en fazla %1). Sonra istek bir iletiyle başarısız olur.</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Toplu işler</translation>
    </message>
    <message>
        <source>&amp;Batch size (IDs per call):</source>
        <translation>&amp;Parti boyutu (çağrı başına kimlik):</translation>
    </message>
    <message>
        <source>How many user IDs go into one assign call (%1 to %2; the Watchers API asks for at most %2). Smaller batches show progress more often, larger ones need fewer calls. Used by jobs started from now on.</source>
        <translation>Bir assign çağrısına kaç kullanıcı kimliği girer (%1 ile %2 arası; Watchers API en fazla %2 ister). Küçük partiler ilerlemeyi daha sık gösterir, büyükleri daha az çağrı gerektirir. Bundan sonra başlatılan işler için kullanılır.</translation>
    </message>
    <message>
        <source>&amp;Calls at the same time:</source>
        <translation>Aynı anda &amp;çağrı sayısı:</translation>
    </message>
    <message>
        <source>How many calls a bulk job keeps going at once (%1 to %2). More is faster but meets the server&apos;s rate limits sooner; Badge Desk then waits as the server asks. Used by jobs started from now on.</source>
        <translation>Bir toplu işin aynı anda kaç çağrıyı sürdürdüğü (%1 ile %2 arası). Daha fazlası daha hızlıdır ancak sunucunun hız sınırlarına daha erken takılır; Badge Desk o zaman sunucunun istediği kadar bekler. Bundan sonra başlatılan işler için kullanılır.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>asla uyarma</translation>
    </message>
    <message>
        <source>&amp;Warn about tokens older than:</source>
        <translation>Şundan eski belirteçler için &amp;uyar:</translation>
    </message>
    <message>
        <source>For profiles created from now on: warn when the bearer token in use is older than this many days, as a reminder to rotate it. 0 never warns. A profile&apos;s own value is changed in its token manager.</source>
        <translation>Bundan sonra oluşturulan profiller için: kullanılan Bearer belirteci bu kadar günden eskiyse, yenilemeyi hatırlatmak için uyar. 0 hiç uyarmaz. Bir profilin kendi değeri, o profilin belirteç yöneticisinde değiştirilir.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Depolama</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Varsayılan: %1</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Choose the folder in a file browser.</source>
        <translation>Klasörü bir dosya tarayıcısında seç.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Varsayılana sıfırla</translation>
    </message>
    <message>
        <source>Use the default folder: %1</source>
        <translation>Varsayılan klasörü kullan: %1</translation>
    </message>
    <message>
        <source>Where drafts, job journals and moderation logs are kept. Empty means the default folder. Takes effect the next time Badge Desk starts; you are asked whether the existing data moves along.</source>
        <translation>Taslakların, iş günlüklerinin ve moderasyon günlüklerinin tutulduğu yer. Boş, varsayılan klasör demektir. Badge Desk bir sonraki başlatılışında geçerli olur; mevcut verilerin de taşınıp taşınmayacağı size sorulur.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Veri &amp;klasörü:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Veri klasörü</translation>
    </message>
    <message>
        <source>Put every field back to its default. Nothing is saved before OK.</source>
        <translation>Her alanı varsayılan değerine döndür. Tamam&apos;a basılmadan hiçbir şey kaydedilmez.</translation>
    </message>
    <message>
        <source>Badge Desk will speak %1 from the next time it starts.</source>
        <translation>Badge Desk bir sonraki başlatılışından itibaren şu dili kullanacak: %1.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Şu anda kullanılan: %1</translation>
    </message>
    <message>
        <source>BADGEDESK_DATA_DIR is set, so it decides where data is kept in this session.</source>
        <translation>BADGEDESK_DATA_DIR ayarlı; bu oturumda verilerin nerede tutulacağını o belirler.</translation>
    </message>
    <message>
        <source>From the next start: %1. Your drafts, job journals and moderation logs will be moved there then.</source>
        <translation>Bir sonraki başlatmadan itibaren: %1. Taslaklarınız, iş günlükleriniz ve moderasyon günlükleriniz o zaman oraya taşınacak.</translation>
    </message>
    <message>
        <source>From the next start: %1.</source>
        <translation>Bir sonraki başlatmadan itibaren: %1.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Veri klasörünü seçin</translation>
    </message>
    <message>
        <source>Move your data?</source>
        <translation>Verileriniz taşınsın mı?</translation>
    </message>
    <message>
        <source>Your drafts, job journals and moderation logs are in %1.

Move them to %2 the next time Badge Desk starts? Every file is copied and checked before the old one is removed.

If you leave them, they stay where they are and Badge Desk starts with an empty folder. Nothing is deleted.</source>
        <translation>Taslaklarınız, iş günlükleriniz ve moderasyon günlükleriniz %1 içinde.

Badge Desk bir sonraki başlatılışında bunlar %2 konumuna taşınsın mı? Eski dosya kaldırılmadan önce her dosya kopyalanır ve denetlenir.

Bırakırsanız oldukları yerde kalırlar ve Badge Desk boş bir klasörle başlar. Hiçbir şey silinmez.</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Taşı</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Bırak</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A saved profile has no id or name.</source>
        <translation>Kayıtlı bir profilin kimliği veya adı yok.</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <source>The local sandbox gets its credentials when it starts; there is nothing to read from the keychain.</source>
        <translation>Yerel test ortamı kimlik bilgilerini başlarken alır; anahtar zincirinden okunacak bir şey yok.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no active bearer token. Add one under Profiles and tokens.</source>
        <translation>“%1” profilinin etkin bir Bearer belirteci yok. Profiller ve belirteçler bölümünden bir tane ekleyin.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Kullanılabilir bir gizli bilgi deposu yok.</translation>
    </message>
    <message>
        <source>The API key of profile &quot;%1&quot; is not in the keychain. Enter it again under Profiles and tokens.</source>
        <translation>“%1” profilinin API anahtarı anahtar zincirinde yok. Profiller ve belirteçler bölümünden yeniden girin.</translation>
    </message>
    <message>
        <source>The bearer token &quot;%1&quot; of profile &quot;%2&quot; is not in the keychain. Paste it again under Profiles and tokens.</source>
        <translation>“%2” profilinin “%1” Bearer belirteci anahtar zincirinde yok. Profiller ve belirteçler bölümünden yeniden yapıştırın.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>Yeni profil</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profil adı</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>örn. Canlı EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Custom base URL (staging)</source>
        <translation>Özel temel URL (hazırlık ortamı)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Bölge:</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Özel temel URL</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Temel &amp;URL:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>x-api-key from the admin panel</source>
        <translation>Yönetim panelindeki x-api-key</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Anahtar zincirinde saklanıyor; değiştirmek için yazın</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API a&amp;nahtarı:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer belirteci</translation>
    </message>
    <message>
        <source>Paste the bearer token (&quot;Bearer …&quot; is fine)</source>
        <translation>Bearer belirtecini yapıştırın (“Bearer …” olabilir)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Belirteç etiketi</translation>
    </message>
    <message>
        <source>Token label, e.g. Anna&apos;s laptop</source>
        <translation>Belirteç etiketi, örn. Anna&apos;nın dizüstü bilgisayarı</translation>
    </message>
    <message>
        <source>Manage &amp;tokens…</source>
        <translation>Belirteçleri &amp;yönet…</translation>
    </message>
    <message>
        <source>Manage tokens</source>
        <translation>Belirteçleri yönet</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer belirte&amp;ci:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>Belirteç &amp;etiketi:</translation>
    </message>
    <message>
        <source>Bearer tokens:</source>
        <translation>Bearer belirteçleri:</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Proje kimliği</translation>
    </message>
    <message>
        <source>Filled in from the first token</source>
        <translation>İlk belirteçten doldurulur</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>&amp;Proje kimliği:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Yeşil</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Turuncu</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Camgöbeği</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Kahverengi</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Kırmızı</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gri</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Renk:</translation>
    </message>
    <message>
        <source>Production: show a banner and ask for typed confirmation before destructive and bulk actions</source>
        <translation>Canlı ortam: Bir uyarı şeridi göster ve yıkıcı ya da toplu işlemlerden önce yazarak onay iste</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Canlı ortam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Profile bir ad verin.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Başka bir profilin adı zaten “%1”.</translation>
    </message>
    <message>
        <source>Enter the custom base URL, e.g. https://staging.example.com.</source>
        <translation>Özel temel URL&apos;yi girin, örn. https://staging.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Temel URL kullanıcı adı veya parola içermemelidir.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s API key.</source>
        <translation>Projenin API anahtarını girin.</translation>
    </message>
    <message>
        <source>Paste a bearer token.</source>
        <translation>Bir Bearer belirteci yapıştırın.</translation>
    </message>
    <message>
        <source>Token 1</source>
        <translation>Belirteç 1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Hiçbir şey kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Enter the custom base URL first.</source>
        <translation>Önce özel temel URL&apos;yi girin.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı test ediliyor…</translation>
    </message>
    <message>
        <source>Enter the API key and paste a token to test them.</source>
        <translation>Test etmek için API anahtarını girin ve bir belirteç yapıştırın.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Bağlantıyı &amp;test et</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Profiles and tokens</source>
        <translation>Profiller ve belirteçler</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiller</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Tokens…</source>
        <translation>&amp;Belirteçler…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>CANLI ORTAM</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Yerel test ortamı</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Profiller kaydedilmedi</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profili sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete the profile &quot;%1&quot;? Its API key and %n token(s) are removed from the keychain, and its local drafts, job journals and logs are deleted. Nothing changes on the server.</source>
        <translation>
            <numerusform>“%1” profili silinsin mi? API anahtarı ve %n belirteci anahtar zincirinden kaldırılır; yerel taslakları, iş günlükleri ve diğer günlükleri silinir. Sunucuda hiçbir şey değişmez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Anahtar zinciri</translation>
    </message>
    <message>
        <source>Some keychain items could not be removed: %1</source>
        <translation>Bazı anahtar zinciri öğeleri kaldırılamadı: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This token belongs to project %1, but the profile is for project %2.</source>
        <translation>Bu belirteç %1 projesine ait, ancak profil %2 projesi için.</translation>
    </message>
    <message numerus="yes">
        <source>This token is %n day(s) old, older than the rotation age you set.</source>
        <translation>
            <numerusform>Bu belirteç %n günlük; ayarladığınız yenileme süresinden daha eski.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is too large to be ours.</source>
        <translation>%1 profil dosyası bize ait olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read: %2</source>
        <translation>%1 profil dosyası okunamadı: %2</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It was left as it is.</source>
        <translation>%1 profil dosyası bozuk (%2). Olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not overwritten. Move it aside and try again.</source>
        <translation>%1 profil dosyası bozuk; üzerine yazılmadı. Dosyayı başka bir yere taşıyıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation>Profiller %1 konumuna kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Yerel test ortamı</translation>
    </message>
</context>
<context>
    <name>ProfilesPrompter</name>
    <message>
        <source>No keychain</source>
        <translation>Anahtar zinciri yok</translation>
    </message>
    <message>
        <source>%1

Use the token for this session only? It is kept in memory and forgotten when Badge Desk quits.</source>
        <translation>%1

Belirteç yalnızca bu oturum için kullanılsın mı? Bellekte tutulur ve Badge Desk kapandığında unutulur.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Yalnızca bu oturum için kullan</translation>
    </message>
</context>
<context>
    <name>RegionInfo</name>
    <message>
        <source>Europe</source>
        <translation>Avrupa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Kuzey Amerika</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Güney Amerika</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asya</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>İstek günlüğü</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>İstek ayrıntıları</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Ayrıntılarını görmek için bir istek seçin.</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>c&amp;URL olarak kopyala</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL olarak kopyala</translation>
    </message>
    <message>
        <source>Include token and API key</source>
        <translation>Belirteci ve API anahtarını ekle</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>İstek günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>İstek günlüğünü temizle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started: %1 (UTC)</source>
        <translation>Başlangıç: %1 (UTC)</translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2 ms   Received: %3 bytes   Attempt: %4</source>
        <translation>Durum: %1   Süre: %2 ms   Alınan: %3 bayt   Deneme: %4</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>yanıt yok</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Sonuç: %1</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>İstek üst bilgileri:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>İstek gövdesi:</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Gizli bilgileri ekle</translation>
    </message>
    <message>
        <source>The command will contain the bearer token and the API key in plain text. Anyone who sees it can act on this project. Include them?</source>
        <translation>Komut, Bearer belirtecini ve API anahtarını düz metin olarak içerecek. Onu gören herkes bu projede işlem yapabilir. Eklensin mi?</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>İstek günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <source>The request log could not be written to %1: %2</source>
        <translation>İstek günlüğü %1 konumuna yazılamadı: %2</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>Dışa a&amp;ktar…</translation>
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
        <translation>%1 (deneme %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Yerel test ortamı başlatılamadı: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly (exit code %1).</source>
        <translation>Yerel test ortamı beklenmedik şekilde durdu (çıkış kodu %1).</translation>
    </message>
    <message>
        <source>The local sandbox (badgedesk-sandbox) is not installed next to Badge Desk.</source>
        <translation>Yerel test ortamı (badgedesk-sandbox) Badge Desk ile aynı yere kurulu değil.</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Yerel test ortamı %n saniye içinde başlamadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox printed an unexpected address.</source>
        <translation>Yerel test ortamı beklenmeyen bir adres yazdırdı.</translation>
    </message>
</context>
<context>
    <name>SentMessage</name>
    <message>
        <source>The server answered with %1 instead of the sent message.</source>
        <translation>Sunucu, gönderilen mesaj yerine %1 ile yanıt verdi.</translation>
    </message>
    <message>
        <source>The sent message has no “id”.</source>
        <translation>Gönderilen mesajın “id” alanı yok.</translation>
    </message>
    <message>
        <source>The “id” of the sent message must be a whole number, but it is %1.</source>
        <translation>Gönderilen mesajın “id” alanı bir tam sayı olmalıdır, ancak değeri: %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, grouped by menu. Tab and Shift+Tab move between fields; Alt with an underlined letter goes to that field or button.</source>
        <translation>Kısayolu olan her komut, menüye göre gruplanmış olarak. Tab ve Shift+Tab alanlar arasında geçiş yapar; Alt ile altı çizili bir harf o alana veya düğmeye gider.</translation>
    </message>
    <message>
        <source>Part of a command or a key</source>
        <translation>Bir komutun veya tuşun bir kısmı</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Bul:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>never</source>
        <translation>hiçbir zaman</translation>
    </message>
    <message>
        <source>Bearer tokens of %1</source>
        <translation>%1 profilinin Bearer belirteçleri</translation>
    </message>
    <message>
        <source>Tokens are kept in: &lt;b&gt;%1&lt;/b&gt;. Only labels and dates are saved with the profile.</source>
        <translation>Belirteçlerin saklandığı yer: &lt;b&gt;%1&lt;/b&gt;. Profille birlikte yalnızca etiketler ve tarihler kaydedilir.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>hiçbir yer</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Bearer belirteçleri</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Son kullanım</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Son doğrulama</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Seçili belirteç</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Yeniden adlandır</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiket:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Belirteç</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Belirteç:</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Belirteç ayrıntıları</translation>
    </message>
    <message>
        <source>Token warnings</source>
        <translation>Belirteç uyarıları</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Etkin ya&amp;p</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Etkin yap</translation>
    </message>
    <message>
        <source>Re&amp;place with pasted token</source>
        <translation>Yapıştırılan belirteçle &amp;değiştir</translation>
    </message>
    <message>
        <source>Replace with pasted token</source>
        <translation>Yapıştırılan belirteçle değiştir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ka&amp;ldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Add or rotate a token</source>
        <translation>Belirteç ekle veya yenile</translation>
    </message>
    <message>
        <source>New token label</source>
        <translation>Yeni belirteç etiketi</translation>
    </message>
    <message>
        <source>e.g. CI bot, Anna&apos;s laptop</source>
        <translation>örn. CI botu, Anna&apos;nın dizüstü bilgisayarı</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>Et&amp;iket:</translation>
    </message>
    <message>
        <source>Paste token</source>
        <translation>Belirteci yapıştır</translation>
    </message>
    <message>
        <source>Paste the token (&quot;Bearer …&quot; is fine)</source>
        <translation>Belirteci yapıştırın (“Bearer …” olabilir)</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Belirteç ekle</translation>
    </message>
    <message>
        <source>Rotation age in days</source>
        <translation>Gün olarak yenileme süresi</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>asla uyarma</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Warn when older than:</source>
        <translation>Şundan eskiyse uyar:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Bağlantıyı &amp;test et</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>No token yet. Paste one below: in the Watchers admin panel, Settings → Bearer tokens.</source>
        <translation>Henüz belirteç yok. Aşağıya bir tane yapıştırın; belirteçler Watchers yönetim panelinde Settings → Bearer tokens bölümündedir.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Eklendi: %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>verildi: %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>kullanıcı %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proje %1</translation>
    </message>
    <message>
        <source>not a readable JWT, so project and age are unknown</source>
        <translation>okunabilir bir JWT değil, bu yüzden proje ve yaş bilinmiyor</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Önce bir belirteç yapıştırın.</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Belirteç %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1</source>
        <translation>Belirteç kaydedilmedi. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; saved in the keychain.</source>
        <translation>“%1” belirteci anahtar zincirine kaydedildi.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is kept for this session only.</source>
        <translation>“%1” belirteci yalnızca bu oturum için tutuluyor.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Yeni ad: “%1”.</translation>
    </message>
    <message>
        <source>Paste the new token into the Token field, then choose Replace.</source>
        <translation>Yeni belirteci Belirteç alanına yapıştırın, ardından “Yapıştırılan belirteçle değiştir” düğmesine tıklayın.</translation>
    </message>
    <message>
        <source>The token was not replaced. %1</source>
        <translation>Belirteç değiştirilmedi. %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; replaced.</source>
        <translation>“%1” belirteci değiştirildi.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Belirteci kaldır</translation>
    </message>
    <message>
        <source>Remove the token &quot;%1&quot; from %2? It is deleted from the keychain; it stays valid on the server until revoked in the admin panel.</source>
        <translation>“%1” belirteci %2 profilinden kaldırılsın mı? Anahtar zincirinden silinir; yönetim panelinde iptal edilene kadar sunucuda geçerli kalır.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Belirteç kaldırılamadı: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; removed.</source>
        <translation>“%1” belirteci kaldırıldı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active token.</source>
        <translation>“%1” artık etkin belirteç.</translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Belirteç kopyalandı. Pano %n saniye içinde temizlenecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı test ediliyor…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ekle</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>Award this badge automatically</source>
        <translation>Bu rozeti otomatik olarak ver</translation>
    </message>
    <message>
        <source>This trigger was configured elsewhere in a form Badge Desk cannot edit. It is shown read-only and sent back unchanged.</source>
        <translation>Bu tetikleyici başka bir yerde, Badge Desk&apos;in düzenleyemediği bir biçimde yapılandırılmış. Salt okunur gösterilir ve değiştirilmeden geri gönderilir.</translation>
    </message>
    <message>
        <source>Trigger (read-only)</source>
        <translation>Tetikleyici (salt okunur)</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>%1 için eşik</translation>
    </message>
    <message>
        <source>Tracking period for %1</source>
        <translation>%1 için izleme dönemi</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Her zaman</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Kayan</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>First message cannot be combined with any other condition.</source>
        <translation>İlk mesaj başka hiçbir koşulla birleştirilemez.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Kalıcı</translation>
    </message>
    <message>
        <source>Badge duration in days</source>
        <translation>Gün olarak rozet süresi</translation>
    </message>
    <message>
        <source>An awarded badge lasts:</source>
        <translation>Verilen rozetin süresi:</translation>
    </message>
    <message>
        <source>Rolling period in days for %1</source>
        <translation>%1 için gün olarak kayan dönem</translation>
    </message>
    <message>
        <source>Period start for %1</source>
        <translation>%1 için dönem başlangıcı</translation>
    </message>
    <message>
        <source>Period end for %1</source>
        <translation>%1 için dönem sonu</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>First message</source>
        <translation>İlk mesaj</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Mesaj sayısı</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Ziyaret sayısı</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>Time spent in chat</source>
        <translation>Sohbette geçirilen süre</translation>
    </message>
    <message>
        <source>Received reactions</source>
        <translation>Alınan tepkiler</translation>
    </message>
    <message>
        <source>Given reactions</source>
        <translation>Verilen tepkiler</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <source>Started threads</source>
        <translation>Başlatılan konular</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Gönderilen davetler</translation>
    </message>
    <message>
        <source>Poll votes</source>
        <translation>Anket oyları</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Quiz yanıtları</translation>
    </message>
    <message>
        <source>Chat activity</source>
        <translation>Sohbet etkinliği</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Etkileşimler</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Entegrasyonlar</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>gün üst üste</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>ziyaret</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mesaj</translation>
    </message>
    <message>
        <source>times</source>
        <translation>kez</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Sunucu adresi “%1” geçerli bir URL değil.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; credentials go in the profile, where they are kept in the keychain.</source>
        <translation>Sunucu adresi kullanıcı adı veya parola içermemelidir; kimlik bilgileri profile girilir ve orada anahtar zincirinde saklanır.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https://.</source>
        <translation>%1 için şifresiz http:// reddedildi: Belirteç şifrelenmeden iletilirdi. https:// kullanın.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;: use https://.</source>
        <translation>Desteklenmeyen adres şeması “%1”: https:// kullanın.</translation>
    </message>
</context>
<context>
    <name>UserIdIssue</name>
    <message>
        <source>Line %1: empty value, left out.</source>
        <translation>Satır %1: boş değer, dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Line %1: longer than %2 characters, left out.</source>
        <translation>Satır %1: %2 karakterden uzun, dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Line %1: contains a control character, left out.</source>
        <translation>Satır %1: denetim karakteri içeriyor, dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; looks encrypted or URL-encoded; the API expects the plain ID.</source>
        <translation>Satır %1: “%2” şifrelenmiş veya URL kodlu görünüyor; API düz kimliği bekler.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; appears more than once; sent once.</source>
        <translation>Satır %1: “%2” birden fazla kez geçiyor; bir kez gönderilir.</translation>
    </message>
</context>
<context>
    <name>WatchersClient</name>
    <message>
        <source>The bearer token contains spaces or characters a token cannot have.</source>
        <translation>Bearer belirteci boşluk veya bir belirteçte bulunamayacak karakterler içeriyor.</translation>
    </message>
    <message>
        <source>Paste the token again, exactly as the admin panel shows it.</source>
        <translation>Belirteci, yönetim panelinin gösterdiği şekliyle tam olarak yeniden yapıştırın.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Sunucunun yanıtı %n MB&apos;tan büyük; okunmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Sunucunun yanıtı okunamadı.</translation>
    </message>
    <message>
        <source>Check that the address points at the Watchers API of the right region.</source>
        <translation>Adresin doğru bölgenin Watchers API&apos;sini gösterdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>The created badge has no id.</source>
        <translation>Oluşturulan rozetin kimliği yok.</translation>
    </message>
    <message>
        <source>This badge has not been created yet.</source>
        <translation>Bu rozet henüz oluşturulmadı.</translation>
    </message>
    <message>
        <source>Create it first; only existing badges can be updated.</source>
        <translation>Önce oluşturun; yalnızca var olan rozetler güncellenebilir.</translation>
    </message>
    <message>
        <source>The server accepted the request, so it was probably created: refresh before trying again, so nothing is created twice.</source>
        <translation>Sunucu isteği kabul etti, yani büyük olasılıkla oluşturuldu: Hiçbir şeyin iki kez oluşturulmaması için tekrar denemeden önce yenileyin.</translation>
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
        <translation>AA yalnızca büyük metin</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Başarısız</translation>
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
        <translation>Karşılama mesajı önizlemesi</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Badge Desk</source>
        <translation>Badge Desk&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Badge Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Badge Desk&apos;e hoş geldiniz&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design badges, hand them out, and moderate your Watchers chat. Everything stays on this computer; tokens live only in the OS keychain.</source>
        <translation>Rozetler tasarlayın, dağıtın ve Watchers sohbetinizi yönetin. Her şey bu bilgisayarda kalır; belirteçler yalnızca işletim sistemi anahtar zincirinde saklanır.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Yerel test ortamını deneyin</translation>
    </message>
    <message>
        <source>A private stand-in server with demo badges on this computer. No account or credentials needed.</source>
        <translation>Bu bilgisayarda, demo rozetlerle çalışan özel bir yedek sunucu. Hesap veya kimlik bilgisi gerekmez.</translation>
    </message>
    <message>
        <source>Connect to a Watchers project</source>
        <translation>Bir Watchers projesine bağlanın</translation>
    </message>
    <message>
        <source>Region, API key and a bearer token from the admin panel (Settings → Bearer tokens).</source>
        <translation>Bölge, API anahtarı ve yönetim panelinden bir Bearer belirteci (Settings → Bearer tokens).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Geri</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect to a Watchers project&lt;/h3&gt;&lt;p&gt;Find the API key and create a bearer token in the Watchers admin panel (Settings → Bearer tokens). Test, then save: the key and token go to the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bir Watchers projesine bağlanın&lt;/h3&gt;&lt;p&gt;API anahtarını bulun ve Watchers yönetim panelinde bir Bearer belirteci oluşturun (Settings → Bearer tokens). Önce test edin, sonra kaydedin: Anahtar ve belirteç işletim sistemi anahtar zincirine kaydedilir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Yerel test ortamı başlatılıyor…</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>Yerel test ortamı başlamadı: %1</translation>
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
        <translation>Badge Desk: Watchers sohbet API&apos;si için yönetim paneli.</translation>
    </message>
    <message>
        <source>Start a private local sandbox with demo data and open it.</source>
        <translation>Demo verileri içeren özel bir yerel test ortamı başlat ve aç.</translation>
    </message>
    <message>
        <source>Connect with WATCHERS_BASE_URL or WATCHERS_REGION, WATCHERS_API_KEY and WATCHERS_TOKEN, without a saved profile.</source>
        <translation>Kayıtlı profil olmadan WATCHERS_BASE_URL veya WATCHERS_REGION, WATCHERS_API_KEY ve WATCHERS_TOKEN ile bağlan.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>AD adlı kayıtlı profili aç.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>“%1” adında bir profil yok.</translation>
    </message>
</context>
</TS>
