"""Peer for bench/etl.ts: the same work done the usual Python way.

pandas + openpyxl read every sheet of every workbook in DIR, find the графы row (the row whose
column D says 'Б'), take every numeric cell below it with its row code (column D) and графа
number, and build one long frame (section, row_code, grafa, value). With OUT given it is
written as CSV. Prints one JSON line: seconds, workbooks, cells, peak RSS (MB), CPU seconds.
"""
import json
import resource
import sys
import time
from pathlib import Path

import pandas as pd


def long_cells(sheet: pd.DataFrame, section: str) -> pd.DataFrame:
    if sheet.shape[1] < 5:
        return pd.DataFrame()
    col_d = sheet.iloc[:, 3].astype(str).str.strip()
    header_rows = sheet.index[col_d == "Б"]
    if len(header_rows) == 0:
        return pd.DataFrame()
    hr = header_rows[0]
    grafy = sheet.loc[hr].iloc[4:]
    body = sheet.loc[hr + 1 :]
    body = body[body.iloc[:, 3].notna()]
    values = body.iloc[:, 4:]
    values.columns = [str(g).split(".")[0] if pd.notna(g) else None for g in grafy]
    values = values.loc[:, [c is not None for c in values.columns]]
    values.insert(0, "row_code", body.iloc[:, 3].astype(str).str.strip())
    long = values.melt(id_vars="row_code", var_name="grafa", value_name="value")
    long["value"] = pd.to_numeric(long["value"], errors="coerce")
    long = long[long["value"].notna()]
    long.insert(0, "section", section)
    return long


def main() -> None:
    src = Path(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) > 2 else None
    t0 = time.perf_counter()
    frames = []
    files = sorted(p for p in src.iterdir() if p.suffix.lower() == ".xlsx")
    for f in files:
        sheets = pd.read_excel(f, sheet_name=None, header=None, engine="openpyxl")
        for name, sheet in sheets.items():
            long = long_cells(sheet, name)
            if len(long):
                long.insert(0, "file", f.name)
                frames.append(long)
    cells = pd.concat(frames, ignore_index=True)
    if out:
        cells.to_csv(out, index=False)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"seconds": seconds, "workbooks": len(files), "cells": int(len(cells)), "peakRssMb": peak_mb, "cpuSeconds": cpu}))


if __name__ == "__main__":
    main()
