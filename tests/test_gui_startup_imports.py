"""Nothing that renders is imported before the app's first paint.

A fresh Python process imports the app, opens the main window offscreen on the small demo
library and runs the event loop until the product grid has painted its cards; then none of
the rendering or export libraries (WeasyPrint, Jinja2, pydyf, fontTools, openpyxl, python-docx,
python-calamine) nor our render/export modules that only an export needs may be loaded:
they are imported when an export, a preview or a page that needs them is first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures (demo library)

ROOT = Path(__file__).resolve().parents[1]

NOT_BEFORE_FIRST_PAINT = [
    "weasyprint",
    "jinja2",
    "pydyf",
    "fontTools",
    "openpyxl",
    "docx",
    "python_calamine",
    "tenun_catalog.render.env",
    "tenun_catalog.export.pdf",
    "tenun_catalog.export.html",
    "tenun_catalog.export.context",
]

CHILD = r"""
import json, sys, time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer

QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, sys.argv[2])
from tenun_catalog.gui import app as gapp

gapp.application()
window = gapp.open_window(Path(sys.argv[1]), "id")
painted = []


class PaintWatch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and window.products.model.rowCount() > 0:
            painted.append(time.perf_counter())
        return False


watch = PaintWatch()
window.products.grid.viewport().installEventFilter(watch)
window.resize(1366, 768)
window.show()
end = time.perf_counter() + 60
while not painted and time.perf_counter() < end:
    loop = QEventLoop()
    QTimer.singleShot(5, loop.quit)
    loop.exec()
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {
    "weasyprint", "jinja2", "pydyf", "fontTools", "openpyxl", "docx", "python_calamine"
} or name.startswith(("tenun_catalog.render.", "tenun_catalog.export.")))
print(json.dumps({"painted": bool(painted), "rows": window.products.model.rowCount(),
                  "loaded": loaded}))
window.close()
"""


def test_first_paint_imports_nothing_that_renders(demo_root, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_root), str(tmp_path / "settings")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["painted"] and result["rows"] > 0, result
    loaded = set(result["loaded"])
    early = [
        name
        for name in NOT_BEFORE_FIRST_PAINT
        if name in loaded or any(m.startswith(name + ".") for m in loaded)
    ]
    assert early == [], f"imported before the first paint: {early}"
