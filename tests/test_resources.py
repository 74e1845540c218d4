"""Offline resources: Punkt parameters and the VADER lexicon, without downloads."""

from __future__ import annotations

import zipfile

import pytest

from analysis import resources


def test_vader_lexicon_is_built_offline_from_vadersentiment(tmp_path):
    target = resources.install_vader_lexicon(tmp_path)
    with zipfile.ZipFile(target) as archive:
        lines = archive.read(resources.VADER_MEMBER).decode("utf-8").splitlines()
    assert len(lines) > 7000 and any(line.startswith("betrayal\t") for line in lines)


def test_vader_analyzer_scores_like_the_published_examples():
    scores = resources.vader().polarity_scores("VADER is smart, handsome, and funny.")
    assert scores["compound"] == pytest.approx(0.8316, abs=1e-4)  # the README example of vaderSentiment


def test_missing_vader_package_is_a_one_line_fix(monkeypatch):
    def missing():
        raise resources.ResourceError("the VADER lexicon is missing: install the vaderSentiment package")

    monkeypatch.setattr(resources, "_vader_lexicon_source", missing)
    with pytest.raises(resources.ResourceError, match="install the vaderSentiment package"):
        resources.install_vader_lexicon(resources.Path("/nonexistent-dir-for-test"))


def test_shipped_data_files_name_their_source():
    for path in resources.DATA_DIR.iterdir():
        if path.suffix in (".csv", ".txt", ".tsv"):
            head = path.read_text(encoding="utf-8").splitlines()[:6]
            assert any(line.startswith("#") and "ource" in line for line in head), path.name


def test_missing_data_file_is_a_clear_error():
    with pytest.raises(resources.ResourceError, match="is missing"):
        resources.data_path("no_such_file.csv")
