"""Special equipment's rates and loss, keyed late, are scored each on its own (issue 12)."""

from __future__ import annotations


def test_a_rate_keyed_late_is_unscored_where_the_key_names_only_the_toll() -> None:
    """A key that names accidents is compared with the whole toll (accidents, deaths,
    injuries) but says nothing of the rates and the loss, which were keyed after it."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"special_equipment": {"stats": [
        {"metric": "accidents", "value": 5, "unit": "起"},
        {"metric": "deaths", "value": 2, "unit": "人"},
        {"metric": "economic_loss", "value": 90, "unit": "万元"},
        {"metric": "death_rate", "value": 0.2, "unit": "人/万台"}]}}
    toll_key = {"special_equipment": {"stats": [{"metric": "accidents", "value": 5}]}}
    kept = in_the_keys_metrics(found, toll_key)["special_equipment"]["stats"]
    assert [s["metric"] for s in kept] == ["accidents", "deaths"]


def test_a_rate_keyed_late_is_scored_where_the_key_names_it() -> None:
    """A key that names the loss is compared with the loss, not with the toll it leaves out."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"special_equipment": {"stats": [
        {"metric": "accidents", "value": 5, "unit": "起"},
        {"metric": "economic_loss", "value": 90, "unit": "万元"}]}}
    loss_key = {"special_equipment": {"stats": [{"metric": "economic_loss", "value": 90}]}}
    kept = in_the_keys_metrics(found, loss_key)["special_equipment"]["stats"]
    assert [s["metric"] for s in kept] == ["economic_loss"]


def test_the_register_s_change_in_percent_is_unscored_against_a_key_without_one() -> None:
    """The register's change from a year before in % was read after the keys were typed: a
    key that states the register only in 台 says nothing of it."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"special_equipment": {"stats": [
        {"metric": "registered", "value": 8000, "unit": "台", "basis": None},
        {"metric": "registered", "value": 9, "unit": "%", "basis": "change"}]}}
    key = {"special_equipment": {"stats": [{"metric": "registered", "value": 8000, "unit": "台"}]}}
    kept = in_the_keys_metrics(found, key)["special_equipment"]["stats"]
    assert [s["unit"] for s in kept] == ["台"]
