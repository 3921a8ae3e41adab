"""Schema 2's place and period in families the blind rounds 70-71 showed: a list of places
closed by a count of more places than it names, and the publish dates pages print beside
their links or glued to the lead. Every text here is written for the test."""

from __future__ import annotations

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def report(text: str) -> dict:  # type: ignore[type-arg]
    return to_jsonable(parse_bytes(text.encode("utf-8"), None))  # type: ignore[no-any-return]


def places(text: str) -> list[tuple[float, str | None]]:
    return [(s["value"], s["place"]) for s in report(text)["supervision"]["stats"]]


def test_a_list_counting_more_places_than_it_names_goes_on() -> None:
    """长沙、岳阳等12个市州: two places named of twelve, a list that goes on — the report's
    own region, not the two places."""
    text = ("湖南省质监局通报学生用品抽查结果\n湖南省质监局近日通报，此次共抽查了长沙、岳阳等12个"
            "市州的40家企业。\n")
    assert places(text) == [(40, None)]
    text = ("湖南省质监局通报电线电缆抽查结果\n湖南省质监局日前发布消息，郴州、永州等五个城市抽检"
            "电线电缆生产企业26家。\n")
    assert places(text) == [(26, None)]


def test_a_list_counting_as_many_places_as_it_names_is_them_all() -> None:
    """常德、益阳、娄底等3个市 names every place it counts: the figure is theirs, as written."""
    text = ("湖南省质监局通报化肥抽查结果\n湖南省质监局近日发布消息，常德、益阳、娄底等3个市共抽查"
            "化肥生产企业18家。\n")
    assert places(text) == [(18, "常德、益阳、娄底")]
