<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CatalogPreview</name>
        <message>
            <source>The preview could not be made: {error}</source>
            <translation>The preview could not be made: {error}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Updating the preview…</translation>
        </message>
        <message>
            <source>Making the first pages…</source>
            <translation>Making the first pages…</translation>
        </message>
        <message>
            <source>{n} pages</source>
            <translation>{n} pages</translation>
        </message>
        <message>
            <source>showing the first {n} products</source>
            <translation>showing the first {n} products</translation>
        </message>
        <message>
            <source>{n} texts without translation</source>
            <translation>{n} texts without translation</translation>
        </message>
        <message>
            <source>text too long for one page: {names}</source>
            <translation>text too long for one page: {names}</translation>
        </message>
        <message>
            <source>{n} products in {s} sections, one page each.</source>
            <translation>{n} products in {s} sections, one page each.</translation>
        </message>
        <message>
            <source>Language: {lang}</source>
            <translation>Language: {lang}</translation>
        </message>
        <message>
            <source>Prices shown</source>
            <translation>Prices shown</translation>
        </message>
        <message>
            <source>Prices hidden</source>
            <translation>Prices hidden</translation>
        </message>
        <message>
            <source>Web address: {url}</source>
            <translation>Web address: {url}</translation>
        </message>
        <message>
            <source>No web address yet: QR codes open WhatsApp.</source>
            <translation>No web address yet: QR codes open WhatsApp.</translation>
        </message>
        <message>
            <source>Preparing the web catalog…</source>
            <translation>Preparing the web catalog…</translation>
        </message>
        <message>
            <source>Ready: {n} product pages. Opened in the browser.</source>
            <translation>Ready: {n} product pages. Opened in the browser.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Web catalog</source>
            <translation>Web catalog</translation>
        </message>
        <message>
            <source>Open in the browser</source>
            <translation>Open in the browser</translation>
        </message>
        <message>
            <source>The preview appears here once the catalog has products.</source>
            <translation>The preview appears here once the catalog has products.</translation>
        </message>
    </context>
    <context>
        <name>CatalogProducts</name>
        <message>
            <source>Section title</source>
            <translation>Section title</translation>
        </message>
        <message>
            <source>Title (Indonesian)</source>
            <translation>Title (Indonesian)</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>Title (English)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>(removed product)</source>
            <translation>(removed product)</translation>
        </message>
        <message>
            <source>All producers</source>
            <translation>All producers</translation>
        </message>
        <message>
            <source>Add {name} to the catalog</source>
            <translation>Add {name} to the catalog</translation>
        </message>
        <message>
            <source>Take {name} out of the catalog</source>
            <translation>Take {name} out of the catalog</translation>
        </message>
        <message>
            <source>Every product shown is already in the catalog.</source>
            <translation>Every product shown is already in the catalog.</translation>
        </message>
        <message>
            <source>Add {n} products to the catalog</source>
            <translation>Add {n} products to the catalog</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>New section</translation>
        </message>
        <message>
            <source>Add section {name}</source>
            <translation>Add section {name}</translation>
        </message>
        <message>
            <source>Choose a section first.</source>
            <translation>Choose a section first.</translation>
        </message>
        <message>
            <source>A section needs a title.</source>
            <translation>A section needs a title.</translation>
        </message>
        <message>
            <source>Rename section {name}</source>
            <translation>Rename section {name}</translation>
        </message>
        <message>
            <source>Remove section {name}</source>
            <translation>Remove section {name}</translation>
        </message>
        <message>
            <source>Section “{name}” removed with its {n} products. Ctrl+Z brings it back.</source>
            <translation>Section “{name}” removed with its {n} products. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Change the order</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>Saved: {what}</translation>
        </message>
        <message>
            <source>{shown} shown · {n} in the catalog</source>
            <translation>{shown} shown · {n} in the catalog</translation>
        </message>
        <message>
            <source>Ticked products go into: {name}</source>
            <translation>Ticked products go into: {name}</translation>
        </message>
        <message>
            <source>Tick products on the left to add them.</source>
            <translation>Tick products on the left to add them.</translation>
        </message>
        <message>
            <source>Choose products</source>
            <translation>Choose products</translation>
        </message>
        <message>
            <source>Order in the catalog</source>
            <translation>Order in the catalog</translation>
        </message>
        <message>
            <source>Drag a product or a section to move it, or use ↑ and ↓.</source>
            <translation>Drag a product or a section to move it, or use ↑ and ↓.</translation>
        </message>
        <message>
            <source>Search name, motif, place…</source>
            <translation>Search name, motif, place…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All regencies</source>
            <translation>All regencies</translation>
        </message>
        <message>
            <source>Add all shown</source>
            <translation>Add all shown</translation>
        </message>
        <message>
            <source>Add every product in the list above that is not in it yet</source>
            <translation>Add every product in the list above that is not in it yet</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Remove section</source>
            <translation>Remove section</translation>
        </message>
        <message>
            <source>Take out of the catalog</source>
            <translation>Take out of the catalog</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
    </context>
    <context>
        <name>CatalogSettings</name>
        <message>
            <source>Edit {field}</source>
            <translation>Edit {field}</translation>
        </message>
        <message>
            <source>Saved: {field}</source>
            <translation>Saved: {field}</translation>
        </message>
        <message>
            <source>A WhatsApp message to the producer</source>
            <translation>A WhatsApp message to the producer</translation>
        </message>
        <message>
            <source>The product's page in the web catalog</source>
            <translation>The product's page in the web catalog</translation>
        </message>
        <message>
            <source>Like a smart collection: the catalog takes every product that matches its filter each time it is made, so products added later join it. Unchecked, the product list stays as it is now.</source>
            <translation>Like a smart collection: the catalog takes every product that matches its filter each time it is made, so products added later join it. Unchecked, the product list stays as it is now.</translation>
        </message>
        <message>
            <source>Where the web catalog will be published; QR codes to product pages need it.</source>
            <translation>Where the web catalog will be published; QR codes to product pages need it.</translation>
        </message>
    </context>
    <context>
        <name>CatalogsPage</name>
        <message>
            <source>New catalog</source>
            <translation>New catalog</translation>
        </message>
        <message>
            <source>e.g. Exhibition Kupang 2025</source>
            <translation>e.g. Exhibition Kupang 2025</translation>
        </message>
        <message>
            <source>No products yet: I will choose them</source>
            <translation>No products yet: I will choose them</translation>
        </message>
        <message>
            <source>Every product, one section per producer</source>
            <translation>Every product, one section per producer</translation>
        </message>
        <message>
            <source>Catalog name</source>
            <translation>Catalog name</translation>
        </message>
        <message>
            <source>Start with</source>
            <translation>Start with</translation>
        </message>
        <message>
            <source>Make the catalog</source>
            <translation>Make the catalog</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{n} products</source>
            <translation>{n} products</translation>
        </message>
        <message>
            <source>Motif {name} will not be shown (no permission recorded yet): {products}.</source>
            <translation>Motif {name} will not be shown (no permission recorded yet): {products}.</translation>
        </message>
        <message>
            <source>Record the permission on the Motifs page</source>
            <translation>Record the permission on the Motifs page</translation>
        </message>
        <message>
            <source>Add catalog {name}</source>
            <translation>Add catalog {name}</translation>
        </message>
        <message>
            <source>Catalog “{name}” made.</source>
            <translation>Catalog “{name}” made.</translation>
        </message>
        <message>
            <source>Remove catalog {name}</source>
            <translation>Remove catalog {name}</translation>
        </message>
        <message>
            <source>Catalog “{name}” removed. Ctrl+Z brings it back.</source>
            <translation>Catalog “{name}” removed. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Sei food labels…</source>
            <translation>Sei food labels…</translation>
        </message>
        <message>
            <source>Submission package…</source>
            <translation>Submission package…</translation>
        </message>
        <message>
            <source>Shopee upload sheet…</source>
            <translation>Shopee upload sheet…</translation>
        </message>
        <message>
            <source>Tokopedia upload sheet…</source>
            <translation>Tokopedia upload sheet…</translation>
        </message>
        <message>
            <source>Choose the template you downloaded from {channel} Seller Centre</source>
            <translation>Choose the template you downloaded from {channel} Seller Centre</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the filled {channel} sheet as</source>
            <translation>Save the filled {channel} sheet as</translation>
        </message>
        <message>
            <source>Add products to the catalog before exporting it.</source>
            <translation>Add products to the catalog before exporting it.</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Catalogs</translation>
        </message>
        <message>
            <source>Choose a catalog from the list.</source>
            <translation>Choose a catalog from the list.</translation>
        </message>
        <message>
            <source>No catalogs yet. Make one for your next exhibition or buyer.</source>
            <translation>No catalogs yet. Make one for your next exhibition or buyer.</translation>
        </message>
        <message>
            <source>Make a catalog</source>
            <translation>Make a catalog</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>More outputs</source>
            <translation>More outputs</translation>
        </message>
        <message>
            <source>PDF for printing (photos at 300 dpi)</source>
            <translation>PDF for printing (photos at 300 dpi)</translation>
        </message>
        <message>
            <source>Light PDF to share by WhatsApp or e-mail (150 dpi)</source>
            <translation>Light PDF to share by WhatsApp or e-mail (150 dpi)</translation>
        </message>
        <message>
            <source>Export web</source>
            <translation>Export web</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Price list</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Ctrl+Z brings it back</source>
            <translation>Ctrl+Z brings it back</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Products and order</source>
            <translation>Products and order</translation>
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
        <name>Exporter</name>
        <message>
            <source>Choose the folder for the web catalog</source>
            <translation>Choose the folder for the web catalog</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Save the PDF as</translation>
        </message>
        <message>
            <source>Preparing the photos and pages…</source>
            <translation>Preparing the photos and pages…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Exporting the PDF catalog</source>
            <translation>Exporting the PDF catalog</translation>
        </message>
        <message>
            <source>Exporting the PDF for sharing</source>
            <translation>Exporting the PDF for sharing</translation>
        </message>
        <message>
            <source>Exporting the price list</source>
            <translation>Exporting the price list</translation>
        </message>
        <message>
            <source>Exporting the web catalog</source>
            <translation>Exporting the web catalog</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Making the pages… {percent}%</source>
            <translation>Making the pages… {percent}%</translation>
        </message>
        <message>
            <source>The export did not finish</source>
            <translation>The export did not finish</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>{n} producers, {files} files.</source>
            <translation>{n} producers, {files} files.</translation>
        </message>
        <message>
            <source>Web catalog with {n} product pages.</source>
            <translation>Web catalog with {n} product pages.</translation>
        </message>
        <message>
            <source>{count} {unit}, {n} products.</source>
            <translation>{count} {unit}, {n} products.</translation>
        </message>
        <message>
            <source>Left out by the cultural protocol: {names}.</source>
            <translation>Left out by the cultural protocol: {names}.</translation>
        </message>
        <message>
            <source>{n} texts had no translation; the other language was used.</source>
            <translation>{n} texts had no translation; the other language was used.</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <source>Open in the browser</source>
            <translation>Open in the browser</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Open the file</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Open the folder</translation>
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
            <source>Narratives</source>
            <translation>Narratives</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <source>Permission letter</source>
            <translation>Permission letter</translation>
        </message>
        <message>
            <source>Tellings</source>
            <translation>Tellings</translation>
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
            <source>Parcel and condition, for selling online</source>
            <translation>Parcel and condition, for selling online</translation>
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
            <source>How it is made</source>
            <translation>How it is made</translation>
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
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>The catalog</source>
            <translation>The catalog</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Prices and ordering</source>
            <translation>Prices and ordering</translation>
        </message>
        <message>
            <source>Show prices</source>
            <translation>Show prices</translation>
        </message>
        <message>
            <source>Show stock</source>
            <translation>Show stock</translation>
        </message>
        <message>
            <source>QR code opens</source>
            <translation>QR code opens</translation>
        </message>
        <message>
            <source>Web address of the catalog</source>
            <translation>Web address of the catalog</translation>
        </message>
        <message>
            <source>Keep in sync: new products join</source>
            <translation>Keep in sync: new products join</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>(no library open)</source>
            <translation>(no library open)</translation>
        </message>
        <message>
            <source>Tenun Catalog, version {version}</source>
            <translation>Tenun Catalog, version {version}</translation>
        </message>
        <message>
            <source>Library: {path}</source>
            <translation>Library: {path}</translation>
        </message>
        <message>
            <source>Log of unexpected errors: {path}</source>
            <translation>Log of unexpected errors: {path}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Choose the spreadsheet</translation>
        </message>
        <message>
            <source>One row per product: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. Photo files are named relative to the sheet's folder.</source>
            <translation>One row per product: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. Photo files are named relative to the sheet's folder.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Spreadsheets</translation>
        </message>
        <message>
            <source>Reading the sheet…</source>
            <translation>Reading the sheet…</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Match the columns</translation>
        </message>
        <message>
            <source>Column in the sheet</source>
            <translation>Column in the sheet</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <source>Product field</source>
            <translation>Product field</translation>
        </message>
        <message>
            <source>Choose which product field each column fills. Columns set to Ignore are not read.</source>
            <translation>Choose which product field each column fills. Columns set to Ignore are not read.</translation>
        </message>
        <message>
            <source>The choices made last time for these columns are filled in.</source>
            <translation>The choices made last time for these columns are filled in.</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Check what will change</source>
            <translation>Check what will change</translation>
        </message>
        <message>
            <source>Import only the valid rows (skip the rows with errors)</source>
            <translation>Import only the valid rows (skip the rows with errors)</translation>
        </message>
        <message>
            <source>Reading the sheet and checking every row…</source>
            <translation>Reading the sheet and checking every row…</translation>
        </message>
        <message>
            <source>{new} products to add, {updated} to update, {unchanged} unchanged, {photos} photos to attach, {producers} new producers, {bad} rows with errors.</source>
            <translation>{new} products to add, {updated} to update, {unchanged} unchanged, {photos} photos to attach, {producers} new producers, {bad} rows with errors.</translation>
        </message>
        <message>
            <source>Add: {sku}</source>
            <translation>Add: {sku}</translation>
        </message>
        <message>
            <source>Update: {sku}</source>
            <translation>Update: {sku}</translation>
        </message>
        <message>
            <source>Photos for {sku}: {files}</source>
            <translation>Photos for {sku}: {files}</translation>
        </message>
        <message>
            <source>New producer: {name}</source>
            <translation>New producer: {name}</translation>
        </message>
        <message>
            <source>Column ignored: {name}</source>
            <translation>Column ignored: {name}</translation>
        </message>
        <message>
            <source>…and {n} more lines.</source>
            <translation>…and {n} more lines.</translation>
        </message>
        <message>
            <source>Photos outside the sheet's folder</source>
            <translation>Photos outside the sheet's folder</translation>
        </message>
        <message>
            <source>The sheet names photo files outside its own folder. Read them anyway? Only say yes for a sheet you trust.</source>
            <translation>The sheet names photo files outside its own folder. Read them anyway? Only say yes for a sheet you trust.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Cancel the import</translation>
        </message>
        <message>
            <source>Importing… The library changes only when every step succeeds.</source>
            <translation>Importing… The library changes only when every step succeeds.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Imported: {new} products added, {updated} updated, {photos} photos.</source>
            <translation>Imported: {new} products added, {updated} updated, {photos} photos.</translation>
        </message>
        <message>
            <source>Nothing was imported: fix the rows below, or import only the valid rows.</source>
            <translation>Nothing was imported: fix the rows below, or import only the valid rows.</translation>
        </message>
        <message>
            <source>Import cancelled. The library was not changed.</source>
            <translation>Import cancelled. The library was not changed.</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Import a spreadsheet</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Export the products to a spreadsheet</source>
            <translation>Export the products to a spreadsheet</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>{n} products exported to {path} ({photos} photos).</source>
            <translation>{n} products exported to {path} ({photos} photos).</translation>
        </message>
        <message>
            <source>Exporting the products…</source>
            <translation>Exporting the products…</translation>
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
        <name>LabelDialog</name>
        <message>
            <source>Sei food labels</source>
            <translation>Sei food labels</translation>
        </message>
        <message>
            <source>Tenun hang tags</source>
            <translation>Tenun hang tags</translation>
        </message>
        <message>
            <source>Products on the sheet:</source>
            <translation>Products on the sheet:</translation>
        </message>
        <message>
            <source>Production date</source>
            <translation>Production date</translation>
        </message>
        <message>
            <source>Batch code</source>
            <translation>Batch code</translation>
        </message>
        <message>
            <source>Best before</source>
            <translation>Best before</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Copies of each</source>
            <translation>Copies of each</translation>
        </message>
        <message>
            <source>One 100 × 70 mm label per page</source>
            <translation>One 100 × 70 mm label per page</translation>
        </message>
        <message>
            <source>8 labels on an A4 sheet</source>
            <translation>8 labels on an A4 sheet</translation>
        </message>
        <message>
            <source>Add the English name</source>
            <translation>Add the English name</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>QR code opens</source>
            <translation>QR code opens</translation>
        </message>
        <message>
            <source>Web catalog address</source>
            <translation>Web catalog address</translation>
        </message>
        <message>
            <source>Indonesian and English</source>
            <translation>Indonesian and English</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>an order chat on WhatsApp</source>
            <translation>an order chat on WhatsApp</translation>
        </message>
        <message>
            <source>the product's web page</source>
            <translation>the product's web page</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Pages: {pages} · products: {n}</source>
            <translation>Pages: {pages} · products: {n}</translation>
        </message>
        <message>
            <source>Open {sku} to fix it</source>
            <translation>Open {sku} to fix it</translation>
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
        <message>
            <source>No unused photo files.</source>
            <translation>No unused photo files.</translation>
        </message>
        <message>
            <source>Remove unused photo files</source>
            <translation>Remove unused photo files</translation>
        </message>
        <message>
            <source>{n} photo files in the library are used by no product, producer, motif or permit ({size}). Remove them? Files of the last hour and photos that Undo can bring back are kept.</source>
            <translation>{n} photo files in the library are used by no product, producer, motif or permit ({size}). Remove them? Files of the last hour and photos that Undo can bring back are kept.</translation>
        </message>
        <message>
            <source>{n} unused photo files removed ({size}).</source>
            <translation>{n} unused photo files removed ({size}).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Tenun Catalog</source>
            <translation>About Tenun Catalog</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
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
            <source>Overview</source>
            <translation>Overview</translation>
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
            <source>Remove unused photo files…</source>
            <translation>Remove unused photo files…</translation>
        </message>
        <message>
            <source>Submission package…</source>
            <translation>Submission package…</translation>
        </message>
        <message>
            <source>Import spreadsheet…</source>
            <translation>Import spreadsheet…</translation>
        </message>
        <message>
            <source>Export spreadsheet…</source>
            <translation>Export spreadsheet…</translation>
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
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>MotifsPage</name>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>GI description draft (DOCX)…</source>
            <translation>GI description draft (DOCX)…</translation>
        </message>
        <message>
            <source>Community motif book (PDF)…</source>
            <translation>Community motif book (PDF)…</translation>
        </message>
        <message>
            <source>Edit narratives</source>
            <translation>Edit narratives</translation>
        </message>
        <message>
            <source>Saved: narratives</source>
            <translation>Saved: narratives</translation>
        </message>
        <message>
            <source>Catalogs, web, feeds, labels and cards</source>
            <translation>Catalogs, web, feeds, labels and cards</translation>
        </message>
        <message>
            <source>Curation submission and GI draft</source>
            <translation>Curation submission and GI draft</translation>
        </message>
        <message>
            <source>The community's motif book</source>
            <translation>The community's motif book</translation>
        </message>
        <message>
            <source>Where this motif appears</source>
            <translation>Where this motif appears</translation>
        </message>
        <message>
            <source>Carried by {n} cloth(s): {names}</source>
            <translation>Carried by {n} cloth(s): {names}</translation>
        </message>
        <message>
            <source>No cloth in the library carries it yet.</source>
            <translation>No cloth in the library carries it yet.</translation>
        </message>
        <message>
            <source>Make this motif public?</source>
            <translation>Make this motif public?</translation>
        </message>
        <message>
            <source>After this change motif {name} will appear in printed and web catalogs, price lists, feeds, labels and social cards, which leave the cooperative. Has its community agreed to that?</source>
            <translation>After this change motif {name} will appear in printed and web catalogs, price lists, feeds, labels and social cards, which leave the cooperative. Has its community agreed to that?</translation>
        </message>
        <message>
            <source>Every kabupaten</source>
            <translation>Every kabupaten</translation>
        </message>
        <message>
            <source>Regency or city:</source>
            <translation>Regency or city:</translation>
        </message>
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
        <name>NarrativesEditor</name>
        <message>
            <source>Motif narrative</source>
            <translation>Motif narrative</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>Told by</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Who may read it</source>
            <translation>Who may read it</translation>
        </message>
        <message>
            <source>Text (Indonesian)</source>
            <translation>Text (Indonesian)</translation>
        </message>
        <message>
            <source>Text (English)</source>
            <translation>Text (English)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Open the list behind this number</source>
            <translation>Open the list behind this number</translation>
        </message>
        <message>
            <source>Every regency</source>
            <translation>Every regency</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>of</source>
            <translation>of</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>As of {date}</translation>
        </message>
        <message>
            <source>producers</source>
            <translation>producers</translation>
        </message>
        <message>
            <source>valid NIB (13 digits)</source>
            <translation>valid NIB (13 digits)</translation>
        </message>
        <message>
            <source>without an NIB</source>
            <translation>without an NIB</translation>
        </message>
        <message>
            <source>NIB not valid</source>
            <translation>NIB not valid</translation>
        </message>
        <message>
            <source>permits expired</source>
            <translation>permits expired</translation>
        </message>
        <message>
            <source>permits ending within 30 days</source>
            <translation>permits ending within 30 days</translation>
        </message>
        <message>
            <source>permits ending within 90 days</source>
            <translation>permits ending within 90 days</translation>
        </message>
        <message>
            <source>Sei products (makers)</source>
            <translation>Sei products (makers)</translation>
        </message>
        <message>
            <source>with a P-IRT</source>
            <translation>with a P-IRT</translation>
        </message>
        <message>
            <source>frozen Sei with the BPOM MD it needs</source>
            <translation>frozen Sei with the BPOM MD it needs</translation>
        </message>
        <message>
            <source>Sei without a food permit</source>
            <translation>Sei without a food permit</translation>
        </message>
        <message>
            <source>non-pork Sei with a halal certificate</source>
            <translation>non-pork Sei with a halal certificate</translation>
        </message>
        <message>
            <source>pork Sei marked not halal</source>
            <translation>pork Sei marked not halal</translation>
        </message>
        <message>
            <source>{label}: complete; {n} incomplete</source>
            <translation>{label}: complete; {n} incomplete</translation>
        </message>
        <message>
            <source>No product claims a Geographical Indication.</source>
            <translation>No product claims a Geographical Indication.</translation>
        </message>
        <message>
            <source>{n} outside its regency</source>
            <translation>{n} outside its regency</translation>
        </message>
        <message>
            <source>valid NIB</source>
            <translation>valid NIB</translation>
        </message>
        <message>
            <source>no NIB</source>
            <translation>no NIB</translation>
        </message>
        <message>
            <source>Chart: NIB coverage</source>
            <translation>Chart: NIB coverage</translation>
        </message>
        <message>
            <source>complete (%)</source>
            <translation>complete (%)</translation>
        </message>
        <message>
            <source>Chart: products complete per output</source>
            <translation>Chart: products complete per output</translation>
        </message>
        <message>
            <source>Legality report</source>
            <translation>Legality report</translation>
        </message>
        <message>
            <source>PDF report (*.pdf);;Spreadsheet, one row per producer (*.xlsx)</source>
            <translation>PDF report (*.pdf);;Spreadsheet, one row per producer (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the legality report…</source>
            <translation>Writing the legality report…</translation>
        </message>
        <message>
            <source>Legality report written: {path}</source>
            <translation>Legality report written: {path}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Legality report…</source>
            <translation>Legality report…</translation>
        </message>
        <message>
            <source>Producers by kind and regency</source>
            <translation>Producers by kind and regency</translation>
        </message>
        <message>
            <source>NIB (business registration)</source>
            <translation>NIB (business registration)</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Permits</translation>
        </message>
        <message>
            <source>Sei: food permit, halal, pork marking</source>
            <translation>Sei: food permit, halal, pork marking</translation>
        </message>
        <message>
            <source>Products complete per output (required fields)</source>
            <translation>Products complete per output (required fields)</translation>
        </message>
        <message>
            <source>Geographical Indication claims</source>
            <translation>Geographical Indication claims</translation>
        </message>
        <message>
            <source>{n} products from the overview</source>
            <translation>{n} products from the overview</translation>
        </message>
        <message>
            <source>{n} producers from the overview</source>
            <translation>{n} producers from the overview</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <source>Submission package</source>
            <translation>Submission package</translation>
        </message>
        <message>
            <source>Tick the producers to put in the package. Each folder holds the product sheet, photos, the catalog, the profile, permit scans and a readiness report.</source>
            <translation>Tick the producers to put in the package. Each folder holds the product sheet, photos, the catalog, the profile, permit scans and a readiness report.</translation>
        </message>
        <message>
            <source>Send even if incomplete (marked in the package)</source>
            <translation>Send even if incomplete (marked in the package)</translation>
        </message>
        <message>
            <source>Documents in Indonesian</source>
            <translation>Documents in Indonesian</translation>
        </message>
        <message>
            <source>Documents in English</source>
            <translation>Documents in English</translation>
        </message>
        <message>
            <source>Make the package…</source>
            <translation>Make the package…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{n} products</source>
            <translation>{n} products</translation>
        </message>
        <message>
            <source>cannot be sent yet</source>
            <translation>cannot be sent yet</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>{n} items missing</source>
            <translation>{n} items missing</translation>
        </message>
        <message>
            <source>Everything a curation desk asks for.</source>
            <translation>Everything a curation desk asks for.</translation>
        </message>
        <message>
            <source>…and {n} more.</source>
            <translation>…and {n} more.</translation>
        </message>
        <message>
            <source>Not even “send even if incomplete” lets this producer through:</source>
            <translation>Not even “send even if incomplete” lets this producer through:</translation>
        </message>
        <message>
            <source>Tick at least one producer.</source>
            <translation>Tick at least one producer.</translation>
        </message>
        <message>
            <source>{n} of the ticked producers are incomplete: complete their data, untick them, or tick “Send even if incomplete”.</source>
            <translation>{n} of the ticked producers are incomplete: complete their data, untick them, or tick “Send even if incomplete”.</translation>
        </message>
        <message>
            <source>{n} producers will go in the package.</source>
            <translation>{n} producers will go in the package.</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Left out:</translation>
        </message>
    </context>
    <context>
        <name>PageStack</name>
        <message>
            <source>Preparing page {n}…</source>
            <translation>Preparing page {n}…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Updating…</translation>
        </message>
        <message>
            <source>Text too long for one page</source>
            <translation>Text too long for one page</translation>
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
            <source>Ready for catalogs and curation; online selling still needs what is listed below.</source>
            <translation>Ready for catalogs and curation; online selling still needs what is listed below.</translation>
        </message>
        <message>
            <source>Nothing to fix: this product is ready.</source>
            <translation>Nothing to fix: this product is ready.</translation>
        </message>
        <message>
            <source>Edit production steps</source>
            <translation>Edit production steps</translation>
        </message>
        <message>
            <source>Saved: production steps</source>
            <translation>Saved: production steps</translation>
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
        <name>ProductJob</name>
        <message>
            <source>Tick at least one product.</source>
            <translation>Tick at least one product.</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Making the preview…</translation>
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
            <source>Computing readiness…</source>
            <translation>Computing readiness…</translation>
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
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Sei food labels…</source>
            <translation>Sei food labels…</translation>
        </message>
        <message>
            <source>Tenun hang tags…</source>
            <translation>Tenun hang tags…</translation>
        </message>
        <message>
            <source>Social media cards…</source>
            <translation>Social media cards…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All regencies</source>
            <translation>All regencies</translation>
        </message>
        <message>
            <source>All readiness</source>
            <translation>All readiness</translation>
        </message>
        <message>
            <source>Not ready: {output}</source>
            <translation>Not ready: {output}</translation>
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
        <message>
            <source>Not ready: {channels}</source>
            <translation>Not ready: {channels}</translation>
        </message>
        <message>
            <source>{output} {score}% — {n} missing</source>
            <translation>{output} {score}% — {n} missing</translation>
        </message>
        <message>
            <source>Online selling</source>
            <translation>Online selling</translation>
        </message>
        <message>
            <source>Ready: {channels}</source>
            <translation>Ready: {channels}</translation>
        </message>
        <message>
            <source>Not ready: {channel} — {n} missing</source>
            <translation>Not ready: {channel} — {n} missing</translation>
        </message>
        <message>
            <source>Not ready: {channel} — fix the errors above first</source>
            <translation>Not ready: {channel} — fix the errors above first</translation>
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
        <name>ScanEditor</name>
        <message>
            <source>Choose the scan of the permission letter</source>
            <translation>Choose the scan of the permission letter</translation>
        </message>
        <message>
            <source>Choose the permit scan</source>
            <translation>Choose the permit scan</translation>
        </message>
        <message>
            <source>PDF or photo (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>PDF or photo (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>file missing</source>
            <translation>file missing</translation>
        </message>
        <message>
            <source>No scan yet</source>
            <translation>No scan yet</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>SectionModel</name>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>A section of the catalog. Double-click to rename it.</source>
            <translation>A section of the catalog. Double-click to rename it.</translation>
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
    <context>
        <name>SocialCardsDialog</name>
        <message>
            <source>Tick the products, then press Preview.</source>
            <translation>Tick the products, then press Preview.</translation>
        </message>
        <message>
            <source>Social media cards</source>
            <translation>Social media cards</translation>
        </message>
        <message>
            <source>Products to make cards for:</source>
            <translation>Products to make cards for:</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Both sizes</source>
            <translation>Both sizes</translation>
        </message>
        <message>
            <source>Instagram post (1080 × 1350)</source>
            <translation>Instagram post (1080 × 1350)</translation>
        </message>
        <message>
            <source>WhatsApp Status (1080 × 1920)</source>
            <translation>WhatsApp Status (1080 × 1920)</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Indonesian and English</source>
            <translation>Indonesian and English</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Save to a folder…</source>
            <translation>Save to a folder…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{n} pictures for {products} products.</source>
            <translation>{n} pictures for {products} products.</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Production step</source>
            <translation>Production step</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>What is done (Indonesian)</source>
            <translation>What is done (Indonesian)</translation>
        </message>
        <message>
            <source>What is done (English)</source>
            <translation>What is done (English)</translation>
        </message>
        <message>
            <source>Plants (separate with ;)</source>
            <translation>Plants (separate with ;)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
    </context>
</TS>
