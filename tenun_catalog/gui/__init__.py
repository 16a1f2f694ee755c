"""The desktop app (PySide6): the only package that imports Qt.

It translates gestures into `tenun_catalog.operations` calls and shows their results; it holds
no SQL, no Pillow and no rendering code. Start it with `python -m tenun_catalog.gui`.
Layout: `app` (start-up), `main_window`, `session` (the open library and change signals),
`undo` (QUndoCommands over operations), `workers` and `thumbnails` (threads), `style`,
`settings`, `i18n/` (translations), `models/`, `widgets/`, `pages/` (one module per screen).
"""
