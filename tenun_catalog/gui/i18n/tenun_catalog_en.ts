<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CatalogsPage</name>
        <message>
            <source>{n} products</source>
            <translation>{n} products</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Catalogs</translation>
        </message>
        <message>
            <source>The catalog builder is coming soon. Catalogs made with the command line are listed here.</source>
            <translation>The catalog builder is coming soon. Catalogs made with the command line are listed here.</translation>
        </message>
        <message>
            <source>No catalogs yet.</source>
            <translation>No catalogs yet.</translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <source>One name per line; add (setuju) when the weaver agrees to be named</source>
            <translation>One name per line; add (setuju) when the weaver agrees to be named</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>One per line</translation>
        </message>
        <message>
            <source>Leave empty (—) when not known</source>
            <translation>Leave empty (—) when not known</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Clear the date</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>Restriction and permission</source>
            <translation>Restriction and permission</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Permit</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Validity</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Names and story</source>
            <translation>Names and story</translation>
        </message>
        <message>
            <source>Price and stock</source>
            <translation>Price and stock</translation>
        </message>
        <message>
            <source>Brand and packaging</source>
            <translation>Brand and packaging</translation>
        </message>
        <message>
            <source>The cloth</source>
            <translation>The cloth</translation>
        </message>
        <message>
            <source>Technique and dyes</source>
            <translation>Technique and dyes</translation>
        </message>
        <message>
            <source>Size and work</source>
            <translation>Size and work</translation>
        </message>
        <message>
            <source>Motifs and weavers</source>
            <translation>Motifs and weavers</translation>
        </message>
        <message>
            <source>Meat and ingredients</source>
            <translation>Meat and ingredients</translation>
        </message>
        <message>
            <source>Weight, packaging and storage</source>
            <translation>Weight, packaging and storage</translation>
        </message>
        <message>
            <source>Permit and halal</source>
            <translation>Permit and halal</translation>
        </message>
        <message>
            <source>Nutrition</source>
            <translation>Nutrition</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <source>Importing {n} photos…</source>
            <translation>Importing {n} photos…</translation>
        </message>
        <message>
            <source>Add {n} photos</source>
            <translation>Add {n} photos</translation>
        </message>
        <message>
            <source>{n} photos added.</source>
            <translation>{n} photos added.</translation>
        </message>
        <message>
            <source>{n} files could not be used:</source>
            <translation>{n} files could not be used:</translation>
        </message>
        <message>
            <source>The photos could not be imported: {error}</source>
            <translation>The photos could not be imported: {error}</translation>
        </message>
    </context>
    <context>
        <name>LibraryActions</name>
        <message>
            <source>Choose an empty folder for the library</source>
            <translation>Choose an empty folder for the library</translation>
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation>Choose the library folder</translation>
        </message>
        <message>
            <source>Library opened: {path}</source>
            <translation>Library opened: {path}</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Save the backup as</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Making the backup…</translation>
        </message>
        <message>
            <source>Backup saved: {path} ({n} photos).</source>
            <translation>Backup saved: {path} ({n} photos).</translation>
        </message>
        <message>
            <source>The backup could not be made: {error}</source>
            <translation>The backup could not be made: {error}</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>Choose a backup to restore</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Replace what this library holds now with the backup {name}? Changes made after that backup will be lost.</source>
            <translation>Replace what this library holds now with the backup {name}? Changes made after that backup will be lost.</translation>
        </message>
        <message>
            <source>Library restored from {name}.</source>
            <translation>Library restored from {name}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Importing photos</source>
            <translation>Importing photos</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Producers</source>
            <translation>Producers</translation>
        </message>
        <message>
            <source>Motifs</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Permits</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Catalogs</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>New library…</source>
            <translation>New library…</translation>
        </message>
        <message>
            <source>Open library…</source>
            <translation>Open library…</translation>
        </message>
        <message>
            <source>Back up…</source>
            <translation>Back up…</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>New product…</translation>
        </message>
        <message>
            <source>Import photos…</source>
            <translation>Import photos…</translation>
        </message>
        <message>
            <source>Find product</source>
            <translation>Find product</translation>
        </message>
    </context>
    <context>
        <name>MotifsPage</name>
        <message>
            <source>Free to use</source>
            <translation>Free to use</translation>
        </message>
        <message>
            <source>Restricted — permission recorded</source>
            <translation>Restricted — permission recorded</translation>
        </message>
        <message>
            <source>Restricted — withheld from public catalogs</source>
            <translation>Restricted — withheld from public catalogs</translation>
        </message>
        <message>
            <source>This motif is restricted ({level}). Until you record who gave permission and when, it never appears in a printed or web catalog; each export lists it as withheld.</source>
            <translation>This motif is restricted ({level}). Until you record who gave permission and when, it never appears in a printed or web catalog; each export lists it as withheld.</translation>
        </message>
        <message>
            <source>This motif is restricted ({level}); permission was given by {who} on {when}, so catalogs may show it.</source>
            <translation>This motif is restricted ({level}); permission was given by {who} on {when}, so catalogs may show it.</translation>
        </message>
        <message>
            <source>New motif</source>
            <translation>New motif</translation>
        </message>
        <message>
            <source>No motifs yet — record the first motif and its meaning.</source>
            <translation>No motifs yet — record the first motif and its meaning.</translation>
        </message>
        <message>
            <source>Add motif</source>
            <translation>Add motif</translation>
        </message>
    </context>
    <context>
        <name>PermitsPage</name>
        <message>
            <source>Valid until {date}</source>
            <translation>Valid until {date}</translation>
        </message>
        <message>
            <source>Expires soon: {date}</source>
            <translation>Expires soon: {date}</translation>
        </message>
        <message>
            <source>Expired on {date}</source>
            <translation>Expired on {date}</translation>
        </message>
        <message>
            <source>No expiry date</source>
            <translation>No expiry date</translation>
        </message>
        <message>
            <source>No permits yet — add the NIB or a food permit.</source>
            <translation>No permits yet — add the NIB or a food permit.</translation>
        </message>
        <message>
            <source>Add permit</source>
            <translation>Add permit</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Choose photos</source>
            <translation>Choose photos</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Reorder photos</source>
            <translation>Reorder photos</translation>
        </message>
        <message>
            <source>Photo order saved.</source>
            <translation>Photo order saved.</translation>
        </message>
        <message>
            <source>Set cover photo</source>
            <translation>Set cover photo</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Remove photo</translation>
        </message>
        <message>
            <source>Photo removed. Ctrl+Z puts it back.</source>
            <translation>Photo removed. Ctrl+Z puts it back.</translation>
        </message>
        <message>
            <source>Edit photo details</source>
            <translation>Edit photo details</translation>
        </message>
        <message>
            <source>Drag photos here from a folder, or add them with the button. Drag a photo to change the order; the first one is the cover.</source>
            <translation>Drag photos here from a folder, or add them with the button. Drag a photo to change the order; the first one is the cover.</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <source>Make cover</source>
            <translation>Make cover</translation>
        </message>
        <message>
            <source>Delete key; Ctrl+Z puts it back</source>
            <translation>Delete key; Ctrl+Z puts it back</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <source>Cover</source>
            <translation>Cover</translation>
        </message>
    </context>
    <context>
        <name>ProducersPage</name>
        <message>
            <source>New producer</source>
            <translation>New producer</translation>
        </message>
        <message>
            <source>No producers yet — add the first weaver group or UMKM.</source>
            <translation>No producers yet — add the first weaver group or UMKM.</translation>
        </message>
        <message>
            <source>Add producer</source>
            <translation>Add producer</translation>
        </message>
    </context>
    <context>
        <name>ProductCard</name>
        <message>
            <source>(no name yet)</source>
            <translation>(no name yet)</translation>
        </message>
        <message>
            <source>No price yet</source>
            <translation>No price yet</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>Sei details</source>
            <translation>Sei details</translation>
        </message>
        <message>
            <source>Tenun details</source>
            <translation>Tenun details</translation>
        </message>
        <message>
            <source>restricted, withheld from catalogs</source>
            <translation>restricted, withheld from catalogs</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(no name yet)</translation>
        </message>
        <message>
            <source>Photos ({n})</source>
            <translation>Photos ({n})</translation>
        </message>
        <message>
            <source>Nothing to fix: this product is ready.</source>
            <translation>Nothing to fix: this product is ready.</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Edit {field}</translation>
        </message>
        <message>
            <source>Saved: {field}</source>
            <translation>Saved: {field}</translation>
        </message>
        <message>
            <source>producer</source>
            <translation>producer</translation>
        </message>
        <message>
            <source>motifs</source>
            <translation>motifs</translation>
        </message>
        <message>
            <source>Choose a product to see and change its details.</source>
            <translation>Choose a product to see and change its details.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Delete key; Ctrl+Z brings it back</source>
            <translation>Delete key; Ctrl+Z brings it back</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Name A–Z</source>
            <translation>Name A–Z</translation>
        </message>
        <message>
            <source>Name Z–A</source>
            <translation>Name Z–A</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Lowest price</translation>
        </message>
        <message>
            <source>Highest price</source>
            <translation>Highest price</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Recently changed</source>
            <translation>Recently changed</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Best match</translation>
        </message>
        <message>
            <source>All producers</source>
            <translation>All producers</translation>
        </message>
        <message>
            <source>{n} products</source>
            <translation>{n} products</translation>
        </message>
        <message>
            <source>No product matches this search or filter.</source>
            <translation>No product matches this search or filter.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Clear search and filters</translation>
        </message>
        <message>
            <source>No products yet — add your first product.</source>
            <translation>No products yet — add your first product.</translation>
        </message>
        <message>
            <source>Add product</source>
            <translation>Add product</translation>
        </message>
        <message>
            <source>Add product {sku}</source>
            <translation>Add product {sku}</translation>
        </message>
        <message>
            <source>New product {sku} made; write its name.</source>
            <translation>New product {sku} made; write its name.</translation>
        </message>
        <message>
            <source>Remove product {name}</source>
            <translation>Remove product {name}</translation>
        </message>
        <message>
            <source>“{name}” removed. Ctrl+Z brings it back.</source>
            <translation>“{name}” removed. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Choose a product first.</source>
            <translation>Choose a product first.</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Search name, motif, place, producer… (Ctrl+F)</source>
            <translation>Search name, motif, place, producer… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All regencies</source>
            <translation>All regencies</translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>{n} to fix</source>
            <translation>{n} to fix</translation>
        </message>
        <message>
            <source>{n} to check</source>
            <translation>{n} to check</translation>
        </message>
        <message>
            <source>Errors must be fixed before printing; warnings are advice.</source>
            <translation>Errors must be fixed before printing; warnings are advice.</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>Edit {field}</source>
            <translation>Edit {field}</translation>
        </message>
        <message>
            <source>Saved: {field}</source>
            <translation>Saved: {field}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Add {name}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Remove {name}</translation>
        </message>
        <message>
            <source>“{name}” removed. Ctrl+Z brings it back.</source>
            <translation>“{name}” removed. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Filter the list…</source>
            <translation>Filter the list…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Delete key; Ctrl+Z brings it back</source>
            <translation>Delete key; Ctrl+Z brings it back</translation>
        </message>
        <message>
            <source>Choose one from the list.</source>
            <translation>Choose one from the list.</translation>
        </message>
        <message>
            <source>Motifs</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Permits</translation>
        </message>
        <message>
            <source>Producers</source>
            <translation>Producers</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>The change applies at once. Catalogs keep their own language, chosen per catalog.</source>
            <translation>The change applies at once. Catalogs keep their own language, chosen per catalog.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
</TS>
