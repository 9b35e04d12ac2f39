"""A page's size does not grow with the number of journey stages (so the build grows linearly): the same
step page, in a journey of 10 stages and of 100, differs by at most 20 %. Sizes, not times: no timing here.
(Role, situation and channel pages list the steps they take part in: their content grows with the journey.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from synthetic_handbook import write_handbook

from generator import urls
from generator.pipeline import load
from generator.render.site.builder import build_site

pytestmark = pytest.mark.slow


def built(tmp: Path, stages: int) -> Path:
    loaded = load(write_handbook(tmp / f"standards-{stages}", stages=stages, steps_per_stage=2))
    assert loaded.ok
    return build_site(loaded.handbook, tmp / f"site-{stages}", checklists=False).site_dir / "en"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    tmp = tmp_path_factory.mktemp("linear")
    return {stages: built(tmp, stages) for stages in (10, 100)}


@pytest.mark.parametrize(
    "page",
    [urls.step("stage0", "step0"), urls.step("stage9", "step19"), urls.stage("stage0"), urls.DEFINITIONS, urls.HOME],
)
def test_page_size_does_not_grow_with_the_number_of_stages(sites: dict[int, Path], page: str) -> None:
    small, large = ((sites[n] / urls.html(page)).stat().st_size for n in (10, 100))
    assert large <= 1.2 * small, f"{page}: {small} bytes with 10 stages, {large} with 100"


def test_a_step_page_lists_its_own_stage_and_the_overview(sites: dict[int, Path]) -> None:
    html = (sites[100] / urls.html(urls.step("stage7", "step15"))).read_text(encoding="utf-8")
    nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split('<div class="md-content"', 1)[0]
    assert 'href="../index.html"' in nav  # the journey overview
    assert 'href="step14.html"' in nav and 'href="step15.html"' in nav  # this stage's steps
    assert "stage8/" not in nav and "stage6/" not in nav  # not the other stages
    # the footer still walks through every page in order
    assert 'href="step14.html" class="md-footer__link md-footer__link--prev"' in html
