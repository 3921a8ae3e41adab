"""A city with its parts as a report's region: named at two spots, not only in one run of
places. Every text here is written for the test."""

from __future__ import annotations

from .region_helpers import region


def test_a_city_listed_once_with_its_districts_is_no_region() -> None:
    """A round-up that names a city and two of its districts in one run (甲省乙市丙区、丁区) has
    named the city once: no region from it; a story naming the city and its districts at
    separate spots is the city's. (With more districts known, one run reaches the count of
    three a city with its parts needs.)"""
    listed = ("典型案例\n总局近日通报了一批典型案例。其中，江苏省苏州市姑苏区、吴中区两个分局共同"
              "端掉一处无证组装电动自行车的窝点，货值80余万元；天津、山西两地也办结了同类案子。\n")
    assert region(listed) is None
    apart = ("电动自行车检查\n近日，苏州市开展电动自行车专项检查。姑苏区检查门店36家，吴中区检查"
             "门店41家，共发现问题产品9批次。\n")
    assert region(apart) == "苏州市"
