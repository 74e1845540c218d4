"""The store commits a run as a whole, checks the manifest against every table on read, and lets one run
write a folder at a time."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, write_corpus

from analysis import cli, pipeline, store

OLD = {
    "documents": pd.DataFrame({"doc_id": ["a", "b"], "text": ["Talks resumed.", "Talks ended."]}),
    "sentences": pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [0, 0], "text": ["Talks resumed.", "Talks ended."]}),
    "frames": pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "frame": ["conflict"]}),
}
NEW = {
    "documents": pd.DataFrame({"doc_id": ["c", "d", "e"], "text": ["Prices rose.", "Rain fell.", "Ships left."]}),
    "sentences": pd.DataFrame({"doc_id": ["c", "d", "e"], "sent_id": [0, 0, 0],
                               "text": ["Prices rose.", "Rain fell.", "Ships left."]}),
    "quotes": pd.DataFrame({"doc_id": ["c"], "quote_id": [0], "text": ["We are ready"]}),
}
STEPS = ("rename", "replace", "symlink", "link", "unlink", "rmdir")  # every change a commit makes to the disk


def files(folder: Path) -> dict[str, bytes]:
    """What a reader of the documented paths sees: each file directly in ``folder``, links followed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def first_release(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """A folder as the first release wrote it: real files, a manifest without table checksums."""
    folder.mkdir(parents=True)
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    (folder / "schema.json").write_text('{"documents": {}, "sentences": {}, "frames": {}}')
    (folder / "manifest.json").write_text('{"format": "csv", "inputs": []}')
    return folder


def count_steps(monkeypatch, *, kill_at: int | None = None) -> list[int]:
    """Count the disk changes made through ``os``; with ``kill_at``, SIGKILL this process at that change."""
    done = [0]
    for name in STEPS:
        real = getattr(os, name)

        def step(*args, _real=real, **kwargs):
            if done[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            done[0] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, step)
    return done


def killed_while_writing(out: Path, fmt: str, kill_at: int, monkeypatch) -> None:
    """Write NEW into ``out`` in a forked child that is killed at its ``kill_at``-th change to the disk."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        try:
            count_steps(monkeypatch, kill_at=kill_at)
            store.write(NEW, out, fmt=fmt, manifest={"format": fmt, "inputs": ["new"]})
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0


@pytest.mark.parametrize("start", ["csv", "parquet", "first release"])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_commit_killed_at_any_step_leaves_the_old_tables_or_the_new_ones(tmp_path, monkeypatch, start, fmt):
    old = tmp_path / "old"
    if start == "first release":
        first_release(old, OLD)
    else:
        store.write(OLD, old, fmt=start, manifest={"format": start, "inputs": ["old"]})
    new = tmp_path / "new"
    store.write(NEW, new, fmt=fmt, manifest={"format": fmt, "inputs": ["new"]})
    before, after = files(old), files(new)
    assert before != after and "quotes.csv" not in before
    trial = tmp_path / "count"
    shutil.copytree(old, trial, symlinks=True)
    with monkeypatch.context() as patch:
        steps = count_steps(patch)
        store.write(NEW, trial, fmt=fmt, manifest={"format": fmt, "inputs": ["new"]})
    assert files(trial) == after and steps[0] > 5
    seen = set()
    for kill_at in range(steps[0] + 1):
        out = tmp_path / f"kill-{kill_at}"
        shutil.copytree(old, out, symlinks=True)
        with monkeypatch.context() as patch:
            killed_while_writing(out, fmt, kill_at, patch)
        now = files(out)
        assert now in (before, after), f"killed at step {kill_at} of {steps[0]}: a mix of two runs"
        seen.add("new" if now == after else "old")
        if now == after or start != "first release":
            store.load(out)  # the manifest matches every table
    assert seen == {"old", "new"}
    for kill_at in range(steps[0] + 1):  # the next run completes and tidies up
        out = tmp_path / f"kill-{kill_at}"
        store.write(NEW, out, fmt=fmt, manifest={"format": fmt, "inputs": ["new"]})
        assert files(out) == after
        assert sorted(p.name for p in (out / ".store").iterdir()) == ["current", "lock", store.committed(out).name]


def test_a_commit_writes_new_links_before_the_swap_and_drops_old_ones_after(tmp_path):
    out = tmp_path / "out"
    store.write(OLD, out, manifest={"format": "csv"})
    store.write(NEW, out, manifest={"format": "csv"})
    assert sorted(files(out)) == ["documents.csv", "manifest.json", "quotes.csv", "schema.json", "sentences.csv"]
    assert not (out / "frames.csv").is_symlink()
    assert os.readlink(out / "documents.csv") == ".store/current/documents.csv"
    assert store.read_manifest(out)["tables"]["documents"]["rows"] == 3


def test_a_first_release_folder_is_taken_over_and_keeps_the_users_files(tmp_path):
    out = first_release(tmp_path / "out", OLD)
    (out / "notes.txt").write_text("my notes")
    with pytest.raises(store.StoreError, match="older release"):
        store.load(out)
    store.write(NEW, out, manifest={"format": "csv"})
    assert store.load(out)["documents"]["doc_id"].tolist() == ["c", "d", "e"]
    assert (out / "notes.txt").read_text() == "my notes" and not (out / "frames.csv").exists()


# ---------------------------------------------------------------------------------------------- checks on read

def _version(out: Path) -> Path:
    """The folder that holds the files read through ``out/documents.csv``."""
    return (out / "documents.csv").resolve().parent


def _swap_documents(version: Path) -> None:
    (version / "documents.csv").write_text("doc_id,text\nz,Another corpus.\n")


def _same_size_other_bytes(version: Path) -> None:
    path = version / "documents.csv"
    path.write_bytes(path.read_bytes().replace(b"Prices", b"Values"))


def _real_file_for_link(version: Path) -> None:
    out = version.parent.parent if version.parent.name == ".store" else version
    (out / "documents.csv").unlink()
    (out / "documents.csv").write_text("doc_id,text\nz,Another corpus.\n")


def _table_deleted(version: Path) -> None:
    (version / "quotes.csv").unlink()


def _manifest_without_checksums(version: Path) -> None:
    (version / "manifest.json").write_text('{"format": "csv"}')


@pytest.mark.parametrize(("tamper", "message"), [
    (_swap_documents, "documents.csv has 30 bytes, manifest.json says"),
    (_same_size_other_bytes, "documents.csv differs from its sha256"),
    (_real_file_for_link, "documents.csv is not the committed file"),
    (_table_deleted, "quotes.csv is missing"),
    (_manifest_without_checksums, "manifest.json lists no tables"),
], ids=lambda v: v.__name__[1:] if callable(v) else None)
def test_a_manifest_that_does_not_match_its_tables_is_refused_in_one_line(tmp_path, tamper, message):
    out = tmp_path / "out"
    store.write(NEW, out, manifest={"format": "csv"})
    tamper(_version(out))
    reads = [lambda: store.load(out), lambda: store.load(out, ("sentences",))]
    if tamper is not _same_size_other_bytes:  # counting rows checks sizes only
        reads.append(lambda: store.count_rows(out, "sentences"))
    for read in reads:
        with pytest.raises(store.StoreError, match="does not hold one run's tables") as error:
            read()
        assert message in str(error.value) and "\n" not in str(error.value)
    assert not store.up_to_date(out, {"format": "csv"})


def test_a_rerun_over_a_mixed_folder_recomputes_it(tmp_path):
    """The attack: one run's documents under another run's manifest; the rerun must not keep the mix."""
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n",
                                           "b.txt": "Prices rose in March, the statistics office said.\n"})
    other = write_corpus(tmp_path / "other", {"z.txt": "Ships left the port on Friday, the navy said.\n"})
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    assert cli.main(["run", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert cli.main(["run", "--corpus", str(other), "--out", str(elsewhere)]) == 0
    expected = files(out)
    shutil.copy(elsewhere / "documents.csv", out / "documents.csv")  # written where the link leads
    with pytest.raises(store.StoreError):
        store.load(out)
    assert cli.main(["run", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert files(out) == expected
    assert store.load(out)["documents"]["doc_id"].tolist() == ["a", "b"]


def test_tables_made_by_other_code_are_recomputed(tmp_path, monkeypatch):
    """A folder of tables records the code that computed them; a kit whose stages changed does not reuse it."""
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    out = tmp_path / "out"
    wanted = pipeline.run(corpus, out)
    assert wanted["kit_code"] == pipeline.code_fingerprint() and store.up_to_date(out, wanted)
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "other code")
    assert pipeline.run(corpus, out)["kit_code"] == "other code"
    assert store.read_manifest(out)["kit_code"] == "other code"


# ---------------------------------------------------------------------------------------------- the lock

HOLD = "import sys; from analysis import store\nwith store.lock(sys.argv[1]):\n    print('held', flush=True)\n" \
       "    sys.stdin.read()\n"


def test_a_second_run_into_the_same_folder_is_refused_in_one_line(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = subprocess.run([sys.executable, "-m", "analysis", "run", "--corpus", str(corpus), "--out", str(out)],
                                capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"newsframe: error: {out} is being written by another run (pid {holder.pid}); wait for it to finish or "
            f"choose another --out"]
        assert not (out / "documents.csv").exists()
        with pytest.raises(store.StoreError, match="being written by another run"):
            pipeline.run(corpus, out)
    finally:
        holder.communicate("", timeout=30)
    assert pipeline.run(corpus, out)["format"] == "csv"
    assert store.count_rows(out, "documents") == 1


def test_the_lock_of_a_killed_run_does_not_block_the_next(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    assert holder.stdout.readline().strip() == "held"
    (out / ".store" / "partial-left-by-a-killed-run").mkdir()
    holder.kill()
    holder.wait(timeout=30)
    pipeline.run(corpus, out)
    assert store.count_rows(out, "documents") == 1
    assert not list((out / ".store").glob("partial-*"))


def test_text_columns_are_written_with_missing_cells_empty_and_other_columns_kept():
    index = [7, 8, 9, 10]
    frame = pd.DataFrame({"text": pd.Series(["a", None, float("nan"), "b"], dtype=object, index=index),
                          "mixed": pd.Series([1, "x", None, 2.5], dtype=object, index=index),
                          "arrow": pd.Series(["x", None, "y", "z"], dtype="str", index=index),
                          "n": pd.Series([1, 2, 3, 4], index=index)})
    out = store.prepare(frame)
    assert out["text"].tolist() == ["a", "", "", "b"]
    assert out["mixed"].tolist() == ["1", "x", "", "2.5"]
    assert out["arrow"].tolist() == ["x", "", "y", "z"]
    assert [str(t) for t in out.dtypes] == ["object", "object", "object", "int64"]
    assert out.index.tolist() == index and frame["text"].isna().sum() == 2  # the input is not changed
