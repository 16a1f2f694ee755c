<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>CatalogPreview</name>
        <message>
            <source>The preview could not be made: {error}</source>
            <translation>Pratinjau tidak bisa dibuat: {error}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Memperbarui pratinjau…</translation>
        </message>
        <message>
            <source>Making the first pages…</source>
            <translation>Membuat halaman-halaman pertama…</translation>
        </message>
        <message>
            <source>{n} pages</source>
            <translation>{n} halaman</translation>
        </message>
        <message>
            <source>showing the first {n} products</source>
            <translation>menampilkan {n} produk pertama</translation>
        </message>
        <message>
            <source>{n} texts without translation</source>
            <translation>{n} teks belum diterjemahkan</translation>
        </message>
        <message>
            <source>text too long for one page: {names}</source>
            <translation>teks terlalu panjang untuk satu halaman: {names}</translation>
        </message>
        <message>
            <source>{n} products in {s} sections, one page each.</source>
            <translation>{n} produk dalam {s} bagian, masing-masing satu halaman.</translation>
        </message>
        <message>
            <source>Language: {lang}</source>
            <translation>Bahasa: {lang}</translation>
        </message>
        <message>
            <source>Prices shown</source>
            <translation>Harga ditampilkan</translation>
        </message>
        <message>
            <source>Prices hidden</source>
            <translation>Harga tidak ditampilkan</translation>
        </message>
        <message>
            <source>Web address: {url}</source>
            <translation>Alamat web: {url}</translation>
        </message>
        <message>
            <source>No web address yet: QR codes open WhatsApp.</source>
            <translation>Belum ada alamat web: kode QR membuka WhatsApp.</translation>
        </message>
        <message>
            <source>Preparing the web catalog…</source>
            <translation>Menyiapkan katalog web…</translation>
        </message>
        <message>
            <source>Ready: {n} product pages. Opened in the browser.</source>
            <translation>Siap: {n} halaman produk. Dibuka di peramban.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Web catalog</source>
            <translation>Katalog web</translation>
        </message>
        <message>
            <source>Open in the browser</source>
            <translation>Buka di peramban</translation>
        </message>
        <message>
            <source>The preview appears here once the catalog has products.</source>
            <translation>Pratinjau muncul di sini setelah katalog berisi produk.</translation>
        </message>
    </context>
    <context>
        <name>CatalogProducts</name>
        <message>
            <source>Section title</source>
            <translation>Judul bagian</translation>
        </message>
        <message>
            <source>Title (Indonesian)</source>
            <translation>Judul (Indonesia)</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>Judul (Inggris)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>(removed product)</source>
            <translation>(produk sudah dihapus)</translation>
        </message>
        <message>
            <source>All producers</source>
            <translation>Semua produsen</translation>
        </message>
        <message>
            <source>Add {name} to the catalog</source>
            <translation>Masukkan {name} ke katalog</translation>
        </message>
        <message>
            <source>Take {name} out of the catalog</source>
            <translation>Keluarkan {name} dari katalog</translation>
        </message>
        <message>
            <source>Every product shown is already in the catalog.</source>
            <translation>Semua produk yang tampil sudah ada di katalog.</translation>
        </message>
        <message>
            <source>Add {n} products to the catalog</source>
            <translation>Masukkan {n} produk ke katalog</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Bagian baru</translation>
        </message>
        <message>
            <source>Add section {name}</source>
            <translation>Tambah bagian {name}</translation>
        </message>
        <message>
            <source>Choose a section first.</source>
            <translation>Pilih bagian dulu.</translation>
        </message>
        <message>
            <source>A section needs a title.</source>
            <translation>Bagian perlu judul.</translation>
        </message>
        <message>
            <source>Rename section {name}</source>
            <translation>Ganti nama bagian {name}</translation>
        </message>
        <message>
            <source>Remove section {name}</source>
            <translation>Hapus bagian {name}</translation>
        </message>
        <message>
            <source>Section “{name}” removed with its {n} products. Ctrl+Z brings it back.</source>
            <translation>Bagian “{name}” dihapus beserta {n} produknya. Ctrl+Z mengembalikannya.</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Ubah urutan</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>Tersimpan: {what}</translation>
        </message>
        <message>
            <source>{shown} shown · {n} in the catalog</source>
            <translation>{shown} tampil · {n} di katalog</translation>
        </message>
        <message>
            <source>Ticked products go into: {name}</source>
            <translation>Produk yang dicentang masuk ke: {name}</translation>
        </message>
        <message>
            <source>Tick products on the left to add them.</source>
            <translation>Centang produk di sebelah kiri untuk memasukkannya.</translation>
        </message>
        <message>
            <source>Choose products</source>
            <translation>Pilih produk</translation>
        </message>
        <message>
            <source>Order in the catalog</source>
            <translation>Urutan di katalog</translation>
        </message>
        <message>
            <source>Drag a product or a section to move it, or use ↑ and ↓.</source>
            <translation>Seret produk atau bagian untuk memindahkannya, atau pakai ↑ dan ↓.</translation>
        </message>
        <message>
            <source>Search name, motif, place…</source>
            <translation>Cari nama, motif, daerah…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>All regencies</source>
            <translation>Semua daerah</translation>
        </message>
        <message>
            <source>Add all shown</source>
            <translation>Tambah semua yang tampil</translation>
        </message>
        <message>
            <source>Add every product in the list above that is not in it yet</source>
            <translation>Masukkan setiap produk di daftar atas yang belum ada di katalog</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <source>Remove section</source>
            <translation>Hapus bagian</translation>
        </message>
        <message>
            <source>Take out of the catalog</source>
            <translation>Keluarkan dari katalog</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
    </context>
    <context>
        <name>CatalogSettings</name>
        <message>
            <source>Edit {field}</source>
            <translation>Ubah {field}</translation>
        </message>
        <message>
            <source>Saved: {field}</source>
            <translation>Tersimpan: {field}</translation>
        </message>
        <message>
            <source>A WhatsApp message to the producer</source>
            <translation>Pesan WhatsApp ke produsen</translation>
        </message>
        <message>
            <source>The product's page in the web catalog</source>
            <translation>Halaman produk di katalog web</translation>
        </message>
        <message>
            <source>Like a smart collection: the catalog takes every product that matches its filter each time it is made, so products added later join it. Unchecked, the product list stays as it is now.</source>
            <translation>Seperti koleksi pintar: setiap kali dibuat, katalog mengambil semua produk yang cocok dengan saringannya, jadi produk yang ditambahkan kemudian ikut masuk. Bila tidak dicentang, daftar produk tetap seperti sekarang.</translation>
        </message>
        <message>
            <source>Where the web catalog will be published; QR codes to product pages need it.</source>
            <translation>Alamat tempat katalog web diterbitkan; kode QR ke halaman produk memerlukannya.</translation>
        </message>
    </context>
    <context>
        <name>CatalogsPage</name>
        <message>
            <source>New catalog</source>
            <translation>Katalog baru</translation>
        </message>
        <message>
            <source>e.g. Exhibition Kupang 2025</source>
            <translation>mis. Pameran Kupang 2025</translation>
        </message>
        <message>
            <source>No products yet: I will choose them</source>
            <translation>Belum ada produk: saya pilih sendiri</translation>
        </message>
        <message>
            <source>Every product, one section per producer</source>
            <translation>Semua produk, satu bagian per produsen</translation>
        </message>
        <message>
            <source>Catalog name</source>
            <translation>Nama katalog</translation>
        </message>
        <message>
            <source>Start with</source>
            <translation>Mulai dengan</translation>
        </message>
        <message>
            <source>Make the catalog</source>
            <translation>Buat katalog</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>{n} products</source>
            <translation>{n} produk</translation>
        </message>
        <message>
            <source>Motif {name} will not be shown (no permission recorded yet): {products}.</source>
            <translation>Motif {name} tidak akan ditampilkan (belum ada izin): {products}.</translation>
        </message>
        <message>
            <source>Record the permission on the Motifs page</source>
            <translation>Catat izinnya di halaman Motif</translation>
        </message>
        <message>
            <source>Add catalog {name}</source>
            <translation>Tambah katalog {name}</translation>
        </message>
        <message>
            <source>Catalog “{name}” made.</source>
            <translation>Katalog “{name}” dibuat.</translation>
        </message>
        <message>
            <source>Remove catalog {name}</source>
            <translation>Hapus katalog {name}</translation>
        </message>
        <message>
            <source>Catalog “{name}” removed. Ctrl+Z brings it back.</source>
            <translation>Katalog “{name}” dihapus. Ctrl+Z mengembalikannya.</translation>
        </message>
        <message>
            <source>Sei food labels…</source>
            <translation>Label pangan Sei…</translation>
        </message>
        <message>
            <source>Submission package…</source>
            <translation>Paket kurasi…</translation>
        </message>
        <message>
            <source>Shopee upload sheet…</source>
            <translation>Lembar unggah Shopee…</translation>
        </message>
        <message>
            <source>Tokopedia upload sheet…</source>
            <translation>Lembar unggah Tokopedia…</translation>
        </message>
        <message>
            <source>Choose the template you downloaded from {channel} Seller Centre</source>
            <translation>Pilih template yang Anda unduh dari Seller Centre {channel}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the filled {channel} sheet as</source>
            <translation>Simpan lembar {channel} yang sudah diisi sebagai</translation>
        </message>
        <message>
            <source>Add products to the catalog before exporting it.</source>
            <translation>Masukkan produk ke katalog sebelum mengekspornya.</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Choose a catalog from the list.</source>
            <translation>Pilih katalog dari daftar.</translation>
        </message>
        <message>
            <source>No catalogs yet. Make one for your next exhibition or buyer.</source>
            <translation>Belum ada katalog. Buat satu untuk pameran atau pembeli berikutnya.</translation>
        </message>
        <message>
            <source>Make a catalog</source>
            <translation>Buat katalog</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Ekspor PDF</translation>
        </message>
        <message>
            <source>More outputs</source>
            <translation>Keluaran lain</translation>
        </message>
        <message>
            <source>PDF for printing (photos at 300 dpi)</source>
            <translation>PDF untuk dicetak (foto 300 dpi)</translation>
        </message>
        <message>
            <source>Light PDF to share by WhatsApp or e-mail (150 dpi)</source>
            <translation>PDF ringan untuk dibagikan lewat WhatsApp atau e-mail (150 dpi)</translation>
        </message>
        <message>
            <source>Export web</source>
            <translation>Ekspor web</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Daftar harga</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Ctrl+Z brings it back</source>
            <translation>Ctrl+Z mengembalikannya</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Products and order</source>
            <translation>Produk dan urutan</translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <source>One name per line; add (setuju) when the weaver agrees to be named</source>
            <translation>Satu nama per baris; tambahkan (setuju) bila penenun setuju namanya dicantumkan</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Satu per baris</translation>
        </message>
        <message>
            <source>Leave empty (—) when not known</source>
            <translation>Biarkan kosong (—) bila belum diketahui</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Kosongkan tanggal</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Choose the folder for the web catalog</source>
            <translation>Pilih folder untuk katalog web</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Simpan PDF sebagai</translation>
        </message>
        <message>
            <source>Preparing the photos and pages…</source>
            <translation>Menyiapkan foto dan halaman…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Exporting the PDF catalog</source>
            <translation>Mengekspor katalog PDF</translation>
        </message>
        <message>
            <source>Exporting the PDF for sharing</source>
            <translation>Mengekspor PDF untuk dibagikan</translation>
        </message>
        <message>
            <source>Exporting the price list</source>
            <translation>Mengekspor daftar harga</translation>
        </message>
        <message>
            <source>Exporting the web catalog</source>
            <translation>Mengekspor katalog web</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>Making the pages… {percent}%</source>
            <translation>Membuat halaman… {percent}%</translation>
        </message>
        <message>
            <source>The export did not finish</source>
            <translation>Ekspor tidak selesai</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Tidak ada berkas yang ditulis.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
        </message>
        <message>
            <source>{n} producers, {files} files.</source>
            <translation>{n} produsen, {files} berkas.</translation>
        </message>
        <message>
            <source>Web catalog with {n} product pages.</source>
            <translation>Katalog web dengan {n} halaman produk.</translation>
        </message>
        <message>
            <source>{count} {unit}, {n} products.</source>
            <translation>{count} {unit}, {n} produk.</translation>
        </message>
        <message>
            <source>Left out by the cultural protocol: {names}.</source>
            <translation>Tidak ditampilkan karena protokol budaya: {names}.</translation>
        </message>
        <message>
            <source>{n} texts had no translation; the other language was used.</source>
            <translation>{n} teks belum diterjemahkan; bahasa yang lain dipakai.</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Ekspor selesai</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Tersimpan di {path}</translation>
        </message>
        <message>
            <source>Open in the browser</source>
            <translation>Buka di peramban</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Buka berkas</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Buka folder</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <source>Names</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Asal</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Makna</translation>
        </message>
        <message>
            <source>Restriction and permission</source>
            <translation>Pembatasan dan izin</translation>
        </message>
        <message>
            <source>Narratives</source>
            <translation>Cerita motif</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Perlindungan</translation>
        </message>
        <message>
            <source>Permission letter</source>
            <translation>Surat izin</translation>
        </message>
        <message>
            <source>Tellings</source>
            <translation>Penuturan</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Izin</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Masa berlaku</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Pendaftaran usaha</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Kapasitas dan pasar</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <source>Names and story</source>
            <translation>Nama dan cerita</translation>
        </message>
        <message>
            <source>Price and stock</source>
            <translation>Harga dan stok</translation>
        </message>
        <message>
            <source>Brand and packaging</source>
            <translation>Merek dan kemasan</translation>
        </message>
        <message>
            <source>Parcel and condition, for selling online</source>
            <translation>Paket dan kondisi, untuk jualan online</translation>
        </message>
        <message>
            <source>The cloth</source>
            <translation>Kain</translation>
        </message>
        <message>
            <source>Technique and dyes</source>
            <translation>Teknik dan pewarna</translation>
        </message>
        <message>
            <source>Size and work</source>
            <translation>Ukuran dan pengerjaan</translation>
        </message>
        <message>
            <source>Motifs and weavers</source>
            <translation>Motif dan penenun</translation>
        </message>
        <message>
            <source>How it is made</source>
            <translation>Cara pembuatan</translation>
        </message>
        <message>
            <source>Meat and ingredients</source>
            <translation>Daging dan komposisi</translation>
        </message>
        <message>
            <source>Weight, packaging and storage</source>
            <translation>Berat, kemasan dan penyimpanan</translation>
        </message>
        <message>
            <source>Permit and halal</source>
            <translation>Izin edar dan halal</translation>
        </message>
        <message>
            <source>Nutrition</source>
            <translation>Gizi</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>The catalog</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Acara</translation>
        </message>
        <message>
            <source>Prices and ordering</source>
            <translation>Harga dan pemesanan</translation>
        </message>
        <message>
            <source>Show prices</source>
            <translation>Tampilkan harga</translation>
        </message>
        <message>
            <source>Show stock</source>
            <translation>Tampilkan stok</translation>
        </message>
        <message>
            <source>QR code opens</source>
            <translation>Kode QR membuka</translation>
        </message>
        <message>
            <source>Web address of the catalog</source>
            <translation>Alamat web katalog</translation>
        </message>
        <message>
            <source>Keep in sync: new products join</source>
            <translation>Selalu sinkron: produk baru ikut masuk</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>User guide</source>
            <translation>Panduan pengguna</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>(no library open)</source>
            <translation>(belum ada pustaka yang dibuka)</translation>
        </message>
        <message>
            <source>Tenun Catalog, version {version}</source>
            <translation>Tenun Catalog, versi {version}</translation>
        </message>
        <message>
            <source>Library: {path}</source>
            <translation>Pustaka: {path}</translation>
        </message>
        <message>
            <source>Log of unexpected errors: {path}</source>
            <translation>Catatan kesalahan tak terduga: {path}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Pilih lembar kerja</translation>
        </message>
        <message>
            <source>One row per product: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. Photo files are named relative to the sheet's folder.</source>
            <translation>Satu baris per produk: Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV. Berkas foto ditulis relatif terhadap folder lembar kerja.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Lembar kerja</translation>
        </message>
        <message>
            <source>Reading the sheet…</source>
            <translation>Membaca lembar kerja…</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Cocokkan kolom</translation>
        </message>
        <message>
            <source>Column in the sheet</source>
            <translation>Kolom di lembar kerja</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Contoh</translation>
        </message>
        <message>
            <source>Product field</source>
            <translation>Isian produk</translation>
        </message>
        <message>
            <source>Choose which product field each column fills. Columns set to Ignore are not read.</source>
            <translation>Pilih isian produk untuk setiap kolom. Kolom yang diatur Abaikan tidak dibaca.</translation>
        </message>
        <message>
            <source>The choices made last time for these columns are filled in.</source>
            <translation>Pilihan terakhir kali untuk kolom-kolom ini sudah diisikan.</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Check what will change</source>
            <translation>Periksa yang akan berubah</translation>
        </message>
        <message>
            <source>Import only the valid rows (skip the rows with errors)</source>
            <translation>Impor baris yang benar saja (lewati baris yang salah)</translation>
        </message>
        <message>
            <source>Reading the sheet and checking every row…</source>
            <translation>Membaca lembar kerja dan memeriksa setiap baris…</translation>
        </message>
        <message>
            <source>{new} products to add, {updated} to update, {unchanged} unchanged, {photos} photos to attach, {producers} new producers, {bad} rows with errors.</source>
            <translation>{new} produk akan ditambahkan, {updated} diubah, {unchanged} tidak berubah, {photos} foto dilampirkan, {producers} produsen baru, {bad} baris salah.</translation>
        </message>
        <message>
            <source>Add: {sku}</source>
            <translation>Tambah: {sku}</translation>
        </message>
        <message>
            <source>Update: {sku}</source>
            <translation>Ubah: {sku}</translation>
        </message>
        <message>
            <source>Photos for {sku}: {files}</source>
            <translation>Foto untuk {sku}: {files}</translation>
        </message>
        <message>
            <source>New producer: {name}</source>
            <translation>Produsen baru: {name}</translation>
        </message>
        <message>
            <source>Column ignored: {name}</source>
            <translation>Kolom diabaikan: {name}</translation>
        </message>
        <message>
            <source>…and {n} more lines.</source>
            <translation>…dan {n} baris lagi.</translation>
        </message>
        <message>
            <source>Photos outside the sheet's folder</source>
            <translation>Foto di luar folder lembar kerja</translation>
        </message>
        <message>
            <source>The sheet names photo files outside its own folder. Read them anyway? Only say yes for a sheet you trust.</source>
            <translation>Lembar kerja ini menyebut berkas foto di luar foldernya sendiri. Tetap baca? Jawab ya hanya untuk lembar kerja yang Anda percayai.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Batalkan impor</translation>
        </message>
        <message>
            <source>Importing… The library changes only when every step succeeds.</source>
            <translation>Mengimpor… Pustaka baru berubah bila semua langkah berhasil.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Imported: {new} products added, {updated} updated, {photos} photos.</source>
            <translation>Selesai diimpor: {new} produk ditambahkan, {updated} diubah, {photos} foto.</translation>
        </message>
        <message>
            <source>Nothing was imported: fix the rows below, or import only the valid rows.</source>
            <translation>Tidak ada yang diimpor: perbaiki baris di bawah, atau impor baris yang benar saja.</translation>
        </message>
        <message>
            <source>Import cancelled. The library was not changed.</source>
            <translation>Impor dibatalkan. Pustaka tidak diubah.</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Impor lembar kerja</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Kembali</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Export the products to a spreadsheet</source>
            <translation>Ekspor produk ke lembar kerja</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Buku kerja Excel</translation>
        </message>
        <message>
            <source>{n} products exported to {path} ({photos} photos).</source>
            <translation>{n} produk diekspor ke {path} ({photos} foto).</translation>
        </message>
        <message>
            <source>Exporting the products…</source>
            <translation>Mengekspor produk…</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <source>Importing {n} photos…</source>
            <translation>Mengimpor {n} foto…</translation>
        </message>
        <message>
            <source>Add {n} photos</source>
            <translation>Tambah {n} foto</translation>
        </message>
        <message>
            <source>{n} photos added.</source>
            <translation>{n} foto ditambahkan.</translation>
        </message>
        <message>
            <source>{n} files could not be used:</source>
            <translation>{n} berkas tidak bisa dipakai:</translation>
        </message>
        <message>
            <source>The photos could not be imported: {error}</source>
            <translation>Foto tidak bisa diimpor: {error}</translation>
        </message>
    </context>
    <context>
        <name>LabelDialog</name>
        <message>
            <source>Sei food labels</source>
            <translation>Label pangan Sei</translation>
        </message>
        <message>
            <source>Tenun hang tags</source>
            <translation>Label gantung tenun</translation>
        </message>
        <message>
            <source>Products on the sheet:</source>
            <translation>Produk di lembar ini:</translation>
        </message>
        <message>
            <source>Production date</source>
            <translation>Tanggal produksi</translation>
        </message>
        <message>
            <source>Batch code</source>
            <translation>Kode produksi</translation>
        </message>
        <message>
            <source>Best before</source>
            <translation>Baik digunakan sebelum</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Copies of each</source>
            <translation>Salinan tiap label</translation>
        </message>
        <message>
            <source>One 100 × 70 mm label per page</source>
            <translation>Satu label 100 × 70 mm per halaman</translation>
        </message>
        <message>
            <source>8 labels on an A4 sheet</source>
            <translation>8 label dalam selembar A4</translation>
        </message>
        <message>
            <source>Add the English name</source>
            <translation>Tambahkan nama dalam bahasa Inggris</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>QR code opens</source>
            <translation>Kode QR membuka</translation>
        </message>
        <message>
            <source>Web catalog address</source>
            <translation>Alamat katalog web</translation>
        </message>
        <message>
            <source>Indonesian and English</source>
            <translation>Indonesia dan Inggris</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inggris</translation>
        </message>
        <message>
            <source>an order chat on WhatsApp</source>
            <translation>obrolan pemesanan di WhatsApp</translation>
        </message>
        <message>
            <source>the product's web page</source>
            <translation>halaman produk di katalog web</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Simpan PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Pages: {pages} · products: {n}</source>
            <translation>Halaman: {pages} · produk: {n}</translation>
        </message>
        <message>
            <source>Open {sku} to fix it</source>
            <translation>Buka {sku} untuk memperbaikinya</translation>
        </message>
    </context>
    <context>
        <name>LibraryActions</name>
        <message>
            <source>Choose an empty folder for the library</source>
            <translation>Pilih folder kosong untuk pustaka baru</translation>
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation>Pilih folder pustaka</translation>
        </message>
        <message>
            <source>Library opened: {path}</source>
            <translation>Pustaka dibuka: {path}</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Simpan cadangan sebagai</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Membuat cadangan…</translation>
        </message>
        <message>
            <source>Backup saved: {path} ({n} photos).</source>
            <translation>Cadangan tersimpan: {path} ({n} foto).</translation>
        </message>
        <message>
            <source>The backup could not be made: {error}</source>
            <translation>Cadangan tidak bisa dibuat: {error}</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>Pilih cadangan yang akan dipulihkan</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>Replace what this library holds now with the backup {name}? Changes made after that backup will be lost.</source>
            <translation>Ganti isi pustaka ini dengan cadangan {name}? Perubahan sesudah cadangan itu dibuat akan hilang.</translation>
        </message>
        <message>
            <source>Library restored from {name}.</source>
            <translation>Pustaka dipulihkan dari {name}.</translation>
        </message>
        <message>
            <source>No unused photo files.</source>
            <translation>Tidak ada berkas foto yang tak terpakai.</translation>
        </message>
        <message>
            <source>Remove unused photo files</source>
            <translation>Hapus berkas foto yang tak terpakai</translation>
        </message>
        <message>
            <source>{n} photo files in the library are used by no product, producer, motif or permit ({size}). Remove them? Files of the last hour and photos that Undo can bring back are kept.</source>
            <translation>{n} berkas foto di pustaka tidak dipakai produk, produsen, motif atau izin mana pun ({size}). Hapus berkas itu? Berkas dari satu jam terakhir dan foto yang masih bisa dikembalikan dengan Batalkan tetap disimpan.</translation>
        </message>
        <message>
            <source>{n} unused photo files removed ({size}).</source>
            <translation>{n} berkas foto yang tak terpakai dihapus ({size}).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Tenun Catalog</source>
            <translation>Tentang Tenun Catalog</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>Importing photos</source>
            <translation>Mengimpor foto</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produk</translation>
        </message>
        <message>
            <source>Producers</source>
            <translation>Produsen</translation>
        </message>
        <message>
            <source>Motifs</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Izin usaha</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>New library…</source>
            <translation>Pustaka baru…</translation>
        </message>
        <message>
            <source>Open library…</source>
            <translation>Buka pustaka…</translation>
        </message>
        <message>
            <source>Back up…</source>
            <translation>Buat cadangan…</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <source>Remove unused photo files…</source>
            <translation>Hapus berkas foto yang tak terpakai…</translation>
        </message>
        <message>
            <source>Submission package…</source>
            <translation>Paket kurasi…</translation>
        </message>
        <message>
            <source>Import spreadsheet…</source>
            <translation>Impor lembar kerja…</translation>
        </message>
        <message>
            <source>Export spreadsheet…</source>
            <translation>Ekspor lembar kerja…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Pengaturan…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Produk baru…</translation>
        </message>
        <message>
            <source>Import photos…</source>
            <translation>Impor foto…</translation>
        </message>
        <message>
            <source>Find product</source>
            <translation>Cari produk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Panduan pengguna</translation>
        </message>
    </context>
    <context>
        <name>MotifsPage</name>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>GI description draft (DOCX)…</source>
            <translation>Draf deskripsi IG (DOCX)…</translation>
        </message>
        <message>
            <source>Community motif book (PDF)…</source>
            <translation>Buku motif komunitas (PDF)…</translation>
        </message>
        <message>
            <source>Edit narratives</source>
            <translation>Ubah cerita motif</translation>
        </message>
        <message>
            <source>Saved: narratives</source>
            <translation>Tersimpan: cerita motif</translation>
        </message>
        <message>
            <source>Catalogs, web, feeds, labels and cards</source>
            <translation>Katalog, web, feed, label dan kartu</translation>
        </message>
        <message>
            <source>Curation submission and GI draft</source>
            <translation>Paket kurasi dan draf IG</translation>
        </message>
        <message>
            <source>The community's motif book</source>
            <translation>Buku motif komunitas</translation>
        </message>
        <message>
            <source>Where this motif appears</source>
            <translation>Di mana motif ini tampil</translation>
        </message>
        <message>
            <source>Carried by {n} cloth(s): {names}</source>
            <translation>Dipakai di {n} kain: {names}</translation>
        </message>
        <message>
            <source>No cloth in the library carries it yet.</source>
            <translation>Belum ada kain di pustaka yang memakainya.</translation>
        </message>
        <message>
            <source>Make this motif public?</source>
            <translation>Jadikan motif ini publik?</translation>
        </message>
        <message>
            <source>After this change motif {name} will appear in printed and web catalogs, price lists, feeds, labels and social cards, which leave the cooperative. Has its community agreed to that?</source>
            <translation>Setelah perubahan ini motif {name} akan tampil di katalog cetak dan web, daftar harga, feed, label dan kartu media sosial, yang keluar dari koperasi. Apakah komunitasnya sudah setuju?</translation>
        </message>
        <message>
            <source>Every kabupaten</source>
            <translation>Semua kabupaten</translation>
        </message>
        <message>
            <source>Regency or city:</source>
            <translation>Kabupaten/kota:</translation>
        </message>
        <message>
            <source>Free to use</source>
            <translation>Bebas dipakai</translation>
        </message>
        <message>
            <source>Restricted — permission recorded</source>
            <translation>Terbatas — izin tercatat</translation>
        </message>
        <message>
            <source>Restricted — withheld from public catalogs</source>
            <translation>Terbatas — tidak ditampilkan di katalog publik</translation>
        </message>
        <message>
            <source>This motif is restricted ({level}). Until you record who gave permission and when, it never appears in a printed or web catalog; each export lists it as withheld.</source>
            <translation>Motif ini terbatas ({level}). Selama belum dicatat siapa yang memberi izin dan kapan, motif ini tidak akan tampil di katalog cetak maupun web; setiap ekspor mencatatnya sebagai motif yang ditahan.</translation>
        </message>
        <message>
            <source>This motif is restricted ({level}); permission was given by {who} on {when}, so catalogs may show it.</source>
            <translation>Motif ini terbatas ({level}); izin diberikan oleh {who} pada {when}, jadi katalog boleh menampilkannya.</translation>
        </message>
        <message>
            <source>New motif</source>
            <translation>Motif baru</translation>
        </message>
        <message>
            <source>No motifs yet — record the first motif and its meaning.</source>
            <translation>Belum ada motif — catat motif pertama dan maknanya.</translation>
        </message>
        <message>
            <source>Add motif</source>
            <translation>Tambah motif</translation>
        </message>
    </context>
    <context>
        <name>NarrativesEditor</name>
        <message>
            <source>Motif narrative</source>
            <translation>Cerita motif</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>Dituturkan oleh</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Komunitas</translation>
        </message>
        <message>
            <source>Who may read it</source>
            <translation>Siapa yang boleh membaca</translation>
        </message>
        <message>
            <source>Text (Indonesian)</source>
            <translation>Teks (Indonesia)</translation>
        </message>
        <message>
            <source>Text (English)</source>
            <translation>Teks (Inggris)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Open the list behind this number</source>
            <translation>Buka daftar di balik angka ini</translation>
        </message>
        <message>
            <source>Every regency</source>
            <translation>Semua kabupaten/kota</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>of</source>
            <translation>dari</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>Per tanggal {date}</translation>
        </message>
        <message>
            <source>producers</source>
            <translation>produsen</translation>
        </message>
        <message>
            <source>valid NIB (13 digits)</source>
            <translation>NIB sah (13 angka)</translation>
        </message>
        <message>
            <source>without an NIB</source>
            <translation>belum punya NIB</translation>
        </message>
        <message>
            <source>NIB not valid</source>
            <translation>NIB tidak sah</translation>
        </message>
        <message>
            <source>permits expired</source>
            <translation>izin sudah habis</translation>
        </message>
        <message>
            <source>permits ending within 30 days</source>
            <translation>izin berakhir dalam 30 hari</translation>
        </message>
        <message>
            <source>permits ending within 90 days</source>
            <translation>izin berakhir dalam 90 hari</translation>
        </message>
        <message>
            <source>Sei products (makers)</source>
            <translation>produk Sei (pembuat)</translation>
        </message>
        <message>
            <source>with a P-IRT</source>
            <translation>ber-P-IRT</translation>
        </message>
        <message>
            <source>frozen Sei with the BPOM MD it needs</source>
            <translation>Sei beku dengan BPOM MD yang wajib</translation>
        </message>
        <message>
            <source>Sei without a food permit</source>
            <translation>Sei tanpa izin edar</translation>
        </message>
        <message>
            <source>non-pork Sei with a halal certificate</source>
            <translation>Sei non-babi bersertifikat halal</translation>
        </message>
        <message>
            <source>pork Sei marked not halal</source>
            <translation>Sei babi bertanda tidak halal</translation>
        </message>
        <message>
            <source>{label}: complete; {n} incomplete</source>
            <translation>{label}: lengkap; {n} belum lengkap</translation>
        </message>
        <message>
            <source>No product claims a Geographical Indication.</source>
            <translation>Belum ada produk yang mengklaim Indikasi Geografis.</translation>
        </message>
        <message>
            <source>{n} outside its regency</source>
            <translation>{n} di luar wilayahnya</translation>
        </message>
        <message>
            <source>valid NIB</source>
            <translation>NIB sah</translation>
        </message>
        <message>
            <source>no NIB</source>
            <translation>tanpa NIB</translation>
        </message>
        <message>
            <source>Chart: NIB coverage</source>
            <translation>Grafik: cakupan NIB</translation>
        </message>
        <message>
            <source>complete (%)</source>
            <translation>lengkap (%)</translation>
        </message>
        <message>
            <source>Chart: products complete per output</source>
            <translation>Grafik: produk lengkap per keluaran</translation>
        </message>
        <message>
            <source>Legality report</source>
            <translation>Laporan legalitas</translation>
        </message>
        <message>
            <source>PDF report (*.pdf);;Spreadsheet, one row per producer (*.xlsx)</source>
            <translation>Laporan PDF (*.pdf);;Lembar kerja, satu baris per produsen (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the legality report…</source>
            <translation>Membuat laporan legalitas…</translation>
        </message>
        <message>
            <source>Legality report written: {path}</source>
            <translation>Laporan legalitas dibuat: {path}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Hitung ulang</translation>
        </message>
        <message>
            <source>Legality report…</source>
            <translation>Laporan legalitas…</translation>
        </message>
        <message>
            <source>Producers by kind and regency</source>
            <translation>Produsen per jenis dan kabupaten/kota</translation>
        </message>
        <message>
            <source>NIB (business registration)</source>
            <translation>NIB (nomor induk berusaha)</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Izin</translation>
        </message>
        <message>
            <source>Sei: food permit, halal, pork marking</source>
            <translation>Sei: izin edar, halal, tanda babi</translation>
        </message>
        <message>
            <source>Products complete per output (required fields)</source>
            <translation>Produk lengkap per keluaran (data wajib)</translation>
        </message>
        <message>
            <source>Geographical Indication claims</source>
            <translation>Klaim Indikasi Geografis</translation>
        </message>
        <message>
            <source>{n} products from the overview</source>
            <translation>{n} produk dari ringkasan</translation>
        </message>
        <message>
            <source>{n} producers from the overview</source>
            <translation>{n} produsen dari ringkasan</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <source>Submission package</source>
            <translation>Paket kurasi</translation>
        </message>
        <message>
            <source>Tick the producers to put in the package. Each folder holds the product sheet, photos, the catalog, the profile, permit scans and a readiness report.</source>
            <translation>Centang produsen yang dimasukkan ke paket. Setiap folder berisi lembar produk, foto, katalog, profil, pindaian izin, dan laporan kesiapan.</translation>
        </message>
        <message>
            <source>Send even if incomplete (marked in the package)</source>
            <translation>Kirim walau belum lengkap (ditandai di paket)</translation>
        </message>
        <message>
            <source>Documents in Indonesian</source>
            <translation>Dokumen berbahasa Indonesia</translation>
        </message>
        <message>
            <source>Documents in English</source>
            <translation>Dokumen berbahasa Inggris</translation>
        </message>
        <message>
            <source>Make the package…</source>
            <translation>Buat paket…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>{n} products</source>
            <translation>{n} produk</translation>
        </message>
        <message>
            <source>cannot be sent yet</source>
            <translation>belum bisa dikirim</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>lengkap</translation>
        </message>
        <message>
            <source>{n} items missing</source>
            <translation>{n} kekurangan</translation>
        </message>
        <message>
            <source>Everything a curation desk asks for.</source>
            <translation>Semua yang diminta meja kurasi sudah ada.</translation>
        </message>
        <message>
            <source>…and {n} more.</source>
            <translation>…dan {n} lagi.</translation>
        </message>
        <message>
            <source>Not even “send even if incomplete” lets this producer through:</source>
            <translation>Produsen ini tidak bisa dikirim, bahkan dengan “kirim walau belum lengkap”:</translation>
        </message>
        <message>
            <source>Tick at least one producer.</source>
            <translation>Centang paling sedikit satu produsen.</translation>
        </message>
        <message>
            <source>{n} of the ticked producers are incomplete: complete their data, untick them, or tick “Send even if incomplete”.</source>
            <translation>{n} produsen yang dicentang belum lengkap: lengkapi datanya, hapus centangnya, atau centang “Kirim walau belum lengkap”.</translation>
        </message>
        <message>
            <source>{n} producers will go in the package.</source>
            <translation>{n} produsen akan masuk ke paket.</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Tidak dimasukkan:</translation>
        </message>
    </context>
    <context>
        <name>PageStack</name>
        <message>
            <source>Preparing page {n}…</source>
            <translation>Menyiapkan halaman {n}…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Memperbarui…</translation>
        </message>
        <message>
            <source>Text too long for one page</source>
            <translation>Teks terlalu panjang untuk satu halaman</translation>
        </message>
    </context>
    <context>
        <name>PermitsPage</name>
        <message>
            <source>Valid until {date}</source>
            <translation>Berlaku sampai {date}</translation>
        </message>
        <message>
            <source>Expires soon: {date}</source>
            <translation>Segera habis: {date}</translation>
        </message>
        <message>
            <source>Expired on {date}</source>
            <translation>Habis berlaku sejak {date}</translation>
        </message>
        <message>
            <source>No expiry date</source>
            <translation>Tanpa tanggal berakhir</translation>
        </message>
        <message>
            <source>No permits yet — add the NIB or a food permit.</source>
            <translation>Belum ada izin — tambahkan NIB atau izin pangan.</translation>
        </message>
        <message>
            <source>Add permit</source>
            <translation>Tambah izin</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Choose photos</source>
            <translation>Pilih foto</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Reorder photos</source>
            <translation>Ubah urutan foto</translation>
        </message>
        <message>
            <source>Photo order saved.</source>
            <translation>Urutan foto tersimpan.</translation>
        </message>
        <message>
            <source>Set cover photo</source>
            <translation>Jadikan foto sampul</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Hapus foto</translation>
        </message>
        <message>
            <source>Photo removed. Ctrl+Z puts it back.</source>
            <translation>Foto dihapus. Ctrl+Z mengembalikannya.</translation>
        </message>
        <message>
            <source>Edit photo details</source>
            <translation>Ubah keterangan foto</translation>
        </message>
        <message>
            <source>Drag photos here from a folder, or add them with the button. Drag a photo to change the order; the first one is the cover.</source>
            <translation>Seret foto dari folder ke sini, atau tambahkan dengan tombol. Seret foto untuk mengubah urutan; foto pertama menjadi sampul.</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Tambah foto…</translation>
        </message>
        <message>
            <source>Make cover</source>
            <translation>Jadikan sampul</translation>
        </message>
        <message>
            <source>Delete key; Ctrl+Z puts it back</source>
            <translation>Tombol Delete; Ctrl+Z mengembalikannya</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <source>Cover</source>
            <translation>Sampul</translation>
        </message>
    </context>
    <context>
        <name>ProducersPage</name>
        <message>
            <source>New producer</source>
            <translation>Produsen baru</translation>
        </message>
        <message>
            <source>No producers yet — add the first weaver group or UMKM.</source>
            <translation>Belum ada produsen — tambahkan kelompok tenun atau UMKM pertama.</translation>
        </message>
        <message>
            <source>Add producer</source>
            <translation>Tambah produsen</translation>
        </message>
    </context>
    <context>
        <name>ProductCard</name>
        <message>
            <source>(no name yet)</source>
            <translation>(belum ada nama)</translation>
        </message>
        <message>
            <source>No price yet</source>
            <translation>Belum ada harga</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>Sei details</source>
            <translation>Rincian sei</translation>
        </message>
        <message>
            <source>Tenun details</source>
            <translation>Rincian tenun</translation>
        </message>
        <message>
            <source>restricted, withheld from catalogs</source>
            <translation>terbatas, tidak ditampilkan di katalog</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(belum ada nama)</translation>
        </message>
        <message>
            <source>Photos ({n})</source>
            <translation>Foto ({n})</translation>
        </message>
        <message>
            <source>Ready for catalogs and curation; online selling still needs what is listed below.</source>
            <translation>Siap untuk katalog dan kurasi; jualan online masih memerlukan yang tercantum di bawah.</translation>
        </message>
        <message>
            <source>Nothing to fix: this product is ready.</source>
            <translation>Tidak ada yang perlu diperbaiki: produk ini siap.</translation>
        </message>
        <message>
            <source>Edit production steps</source>
            <translation>Ubah tahap produksi</translation>
        </message>
        <message>
            <source>Saved: production steps</source>
            <translation>Tersimpan: tahap produksi</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Kelengkapan</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Ubah {field}</translation>
        </message>
        <message>
            <source>Saved: {field}</source>
            <translation>Tersimpan: {field}</translation>
        </message>
        <message>
            <source>producer</source>
            <translation>produsen</translation>
        </message>
        <message>
            <source>motifs</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>Choose a product to see and change its details.</source>
            <translation>Pilih produk untuk melihat dan mengubah rinciannya.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete key; Ctrl+Z brings it back</source>
            <translation>Tombol Delete; Ctrl+Z mengembalikannya</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
    </context>
    <context>
        <name>ProductJob</name>
        <message>
            <source>Tick at least one product.</source>
            <translation>Centang paling sedikit satu produk.</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Membuat pratinjau…</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Name A–Z</source>
            <translation>Nama A–Z</translation>
        </message>
        <message>
            <source>Name Z–A</source>
            <translation>Nama Z–A</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Harga termurah</translation>
        </message>
        <message>
            <source>Highest price</source>
            <translation>Harga termahal</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>Terakhir diubah</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Paling cocok</translation>
        </message>
        <message>
            <source>All producers</source>
            <translation>Semua produsen</translation>
        </message>
        <message>
            <source>Computing readiness…</source>
            <translation>Menghitung kesiapan…</translation>
        </message>
        <message>
            <source>{n} products</source>
            <translation>{n} produk</translation>
        </message>
        <message>
            <source>No product matches this search or filter.</source>
            <translation>Tidak ada produk yang cocok dengan pencarian atau saringan ini.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Hapus pencarian dan saringan</translation>
        </message>
        <message>
            <source>No products yet — add your first product.</source>
            <translation>Belum ada produk — tambahkan produk pertama.</translation>
        </message>
        <message>
            <source>Add product</source>
            <translation>Tambah produk</translation>
        </message>
        <message>
            <source>Add product {sku}</source>
            <translation>Tambah produk {sku}</translation>
        </message>
        <message>
            <source>New product {sku} made; write its name.</source>
            <translation>Produk baru {sku} dibuat; tulis namanya.</translation>
        </message>
        <message>
            <source>Remove product {name}</source>
            <translation>Hapus produk {name}</translation>
        </message>
        <message>
            <source>“{name}” removed. Ctrl+Z brings it back.</source>
            <translation>“{name}” dihapus. Ctrl+Z mengembalikannya.</translation>
        </message>
        <message>
            <source>Choose a product first.</source>
            <translation>Pilih produk dulu.</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produk</translation>
        </message>
        <message>
            <source>Search name, motif, place, producer… (Ctrl+F)</source>
            <translation>Cari nama, motif, daerah, produsen… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Kartu</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Sei food labels…</source>
            <translation>Label pangan Sei…</translation>
        </message>
        <message>
            <source>Tenun hang tags…</source>
            <translation>Label gantung tenun…</translation>
        </message>
        <message>
            <source>Social media cards…</source>
            <translation>Kartu media sosial…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>All regencies</source>
            <translation>Semua daerah</translation>
        </message>
        <message>
            <source>All readiness</source>
            <translation>Semua kesiapan</translation>
        </message>
        <message>
            <source>Not ready: {output}</source>
            <translation>Belum siap: {output}</translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message>
            <source>Ready</source>
            <translation>Siap</translation>
        </message>
        <message>
            <source>{n} to fix</source>
            <translation>{n} perlu diperbaiki</translation>
        </message>
        <message>
            <source>{n} to check</source>
            <translation>{n} perlu diperiksa</translation>
        </message>
        <message>
            <source>Errors must be fixed before printing; warnings are advice.</source>
            <translation>Kesalahan harus diperbaiki sebelum dicetak; peringatan adalah saran.</translation>
        </message>
        <message>
            <source>Not ready: {channels}</source>
            <translation>Belum siap: {channels}</translation>
        </message>
        <message>
            <source>{output} {score}% — {n} missing</source>
            <translation>{output} {score}% — {n} belum ada</translation>
        </message>
        <message>
            <source>Online selling</source>
            <translation>Jualan online</translation>
        </message>
        <message>
            <source>Ready: {channels}</source>
            <translation>Siap: {channels}</translation>
        </message>
        <message>
            <source>Not ready: {channel} — {n} missing</source>
            <translation>Belum siap: {channel} — {n} belum ada</translation>
        </message>
        <message>
            <source>Not ready: {channel} — fix the errors above first</source>
            <translation>Belum siap: {channel} — perbaiki dulu kesalahan di atas</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>Edit {field}</source>
            <translation>Ubah {field}</translation>
        </message>
        <message>
            <source>Saved: {field}</source>
            <translation>Tersimpan: {field}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Tambah {name}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Hapus {name}</translation>
        </message>
        <message>
            <source>“{name}” removed. Ctrl+Z brings it back.</source>
            <translation>“{name}” dihapus. Ctrl+Z mengembalikannya.</translation>
        </message>
        <message>
            <source>Filter the list…</source>
            <translation>Saring daftar…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete key; Ctrl+Z brings it back</source>
            <translation>Tombol Delete; Ctrl+Z mengembalikannya</translation>
        </message>
        <message>
            <source>Choose one from the list.</source>
            <translation>Pilih salah satu dari daftar.</translation>
        </message>
        <message>
            <source>Motifs</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Izin usaha</translation>
        </message>
        <message>
            <source>Producers</source>
            <translation>Produsen</translation>
        </message>
    </context>
    <context>
        <name>ScanEditor</name>
        <message>
            <source>Choose the scan of the permission letter</source>
            <translation>Pilih pindaian surat izin</translation>
        </message>
        <message>
            <source>Choose the permit scan</source>
            <translation>Pilih pindaian izin</translation>
        </message>
        <message>
            <source>PDF or photo (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>PDF atau foto (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>file missing</source>
            <translation>berkas hilang</translation>
        </message>
        <message>
            <source>No scan yet</source>
            <translation>Belum ada pindaian</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>SectionModel</name>
        <message>
            <source>(no title)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>A section of the catalog. Double-click to rename it.</source>
            <translation>Bagian katalog. Klik dua kali untuk mengganti namanya.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Bahasa tampilan</translation>
        </message>
        <message>
            <source>The change applies at once. Catalogs keep their own language, chosen per catalog.</source>
            <translation>Perubahan langsung berlaku. Bahasa katalog tetap diatur sendiri untuk setiap katalog.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>SocialCardsDialog</name>
        <message>
            <source>Tick the products, then press Preview.</source>
            <translation>Centang produknya, lalu tekan Pratinjau.</translation>
        </message>
        <message>
            <source>Social media cards</source>
            <translation>Kartu media sosial</translation>
        </message>
        <message>
            <source>Products to make cards for:</source>
            <translation>Produk yang dibuatkan kartu:</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Both sizes</source>
            <translation>Kedua ukuran</translation>
        </message>
        <message>
            <source>Instagram post (1080 × 1350)</source>
            <translation>Unggahan Instagram (1080 × 1350)</translation>
        </message>
        <message>
            <source>WhatsApp Status (1080 × 1920)</source>
            <translation>Status WhatsApp (1080 × 1920)</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inggris</translation>
        </message>
        <message>
            <source>Indonesian and English</source>
            <translation>Indonesia dan Inggris</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Save to a folder…</source>
            <translation>Simpan ke folder…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>{n} pictures for {products} products.</source>
            <translation>{n} gambar untuk {products} produk.</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Production step</source>
            <translation>Tahap produksi</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>What is done (Indonesian)</source>
            <translation>Yang dikerjakan (Indonesia)</translation>
        </message>
        <message>
            <source>What is done (English)</source>
            <translation>Yang dikerjakan (Inggris)</translation>
        </message>
        <message>
            <source>Plants (separate with ;)</source>
            <translation>Tanaman (pisahkan dengan ;)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} hari</translation>
        </message>
    </context>
</TS>
