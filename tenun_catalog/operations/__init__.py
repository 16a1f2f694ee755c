"""Every user action as a function over the store and the images module, returning what changed.

The command line and the app call these and nothing else; each action is one transaction.
"""

from .changes import Change
from .library import (
    Checked,
    Summary,
    check,
    make_backup,
    open_or_create,
    opened,
    restore_backup,
    summary,
)
from .photos import (
    PhotoImport,
    attach_photos,
    edit_photo,
    get_photo,
    list_photos,
    photo_path,
    remove_photo,
    reorder_photos,
    restore_photo,
    set_cover,
    thumbnail,
)
from .records import (
    add_motif,
    add_permit,
    add_producer,
    add_product,
    count_products,
    edit_motif,
    edit_permit,
    edit_producer,
    edit_product,
    get_motif,
    get_permit,
    get_producer,
    get_product,
    list_motifs,
    list_permits,
    list_producers,
    list_products,
    motifs_of,
    remove_motif,
    remove_permit,
    remove_producer,
    remove_product,
    restore_product,
    search_products,
)

__all__ = [name for name in dir() if not name.startswith("_")]
