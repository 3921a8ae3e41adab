"""The report's vocabularies: the keys a field of schema 2 (or 1) may hold — brand categories,
standard levels, campaign kinds, stat metrics, statuses, the kinds of thing each area counts —
as Literal types, which the dataclasses of :mod:`.models` use and docs/schema.md documents."""

from __future__ import annotations

from typing import Literal, get_args

SCHEMA_VERSION: Literal["2"] = "2"
SchemaVersion = Literal["1", "2"]

Span = tuple[int, int]

BrandCategory = Literal[
    "china_top_brand",
    "china_well_known_trademark",
    "inspection_exempt",
    "provincial_brand",
    "provincial_famous_trademark",
    "regional_brand",
    "municipal_brand",
    "geographical_indication",
    "other",
]
StandardLevel = Literal[
    "international", "national", "industry", "local", "enterprise", "group", "foreign_advanced",
    # one count over more than one level (国家和行业标准共12项): schema 2 only, never added to
    # a single level's counts
    "several",
]
StandardRole = Literal["drafted", "adopted"]
ActionKind = Literal[
    "special_rectification",
    "anti_counterfeiting",
    "law_enforcement",
    "long_term_mechanism",
    "spot_check",
    "other",
]
StatMetricV1 = Literal[
    "batches_sampled",
    "pass_rate",
    "cases",
    "goods_value",
    "fines",
    "enterprises_inspected",
    "personnel_deployed",
    "dens_closed",
    "campaigns",
    "other",
]
# Schema 2 adds the outcomes of spot checks and enforcement; version 1 writes them as "other".
StatMetric = Literal[
    StatMetricV1,
    "batches_passed",
    "batches_failed",
    "failure_rate",
    "categories_sampled",
    "cases_transferred",
    "major_cases",
    "firms_penalised",
    "vehicles_deployed",
    "losses_recovered",
    "goods_destroyed",
    "goods_seized",
    "orders_issued",
    "cases_over_threshold",
    "complaints_handled",
    "suspects_caught",
    "places_inspected",
    "firms_ordered",
    # The work a check or a campaign did besides sampling and enforcing (docs/schema.md):
    # version 1 never reported these figures, not even as ``other``, so it leaves them out.
    "firms_failed",
    "firms_passed",
    "places_covered",
    "items_tested",
    "pledges_signed",
    "pledge_rate",
    "firms_registered",
    "publicity_events",
    "outreach_visits",
    "teams_sent",
    "fibre_inspected",
    "materials_distributed",
    "consultations",
    "goods_removed",
    "free_tests",
    "firms_assisted",
    "banners_displayed",
    "instruments_unverified",
    # Stocks a bureau watches over, recalls, problems found and put right (2026-12-06).
    "trademarks_registered",
    "products_recalled",
    "firms_supervised",
    "problems_found",
    "problems_rectified",
    # Goods inspected at the border, those failing or refused, and their value (issue 12).
    "import_export_batches",
    "import_export_value",
    "import_export_failed",
    "import_export_failed_value",
    # Testing fees a bureau's bodies waived for firms (issue 12).
    "testing_fees_waived",
    # People trained and training sessions held; a region's quality index and a service's
    # satisfaction score (issue 12).
    "people_trained",
    "training_sessions",
    "quality_index",
    "satisfaction_score",
    # The kinds of product a campaign targets (issue 12).
    "categories_targeted",
    # The test items a check found failing (issue 12).
    "items_failed",
    # How densely (batches per thousand people) and how widely (the share of a trade's firms
    # or categories) spot checks sampled (issue 12).
    "sampling_density",
    "sampling_coverage",
    # How much lighter than their label or the seller's word goods were found (issue 12).
    "weight_shortfall",
    # Goods a check looked over without sampling them, in the unit written (issue 12).
    "products_checked",
    # The market entities on a region's business register: every kind, the enterprises and
    # the self-employed (issue 12).
    "market_entities",
    "market_enterprises",
    "market_self_employed",
    # How a bureau closed what came to it: complaints' closing rate, failing products followed
    # up (issue 12).
    "complaint_closing_rate",
    "failures_followed_up",
    # A check's failures by cause, each cause's share of them; units a check found at fault;
    # goods a raid found, and the sales of offending goods a case tells (issue 12).
    "failures_by_cause",
    "units_at_fault",
    "goods_found",
    "goods_sold_value",
    # Money set aside for quality-supervision work, checks counted by the time, firms a
    # supervision rating graded, kinds of goods seized or destroyed (issue 12).
    "funds",
    "inspections_made",
    "firms_graded",
    "goods_kinds",
    # The supervision system's own bodies and staff (issue 12).
    "supervisory_bodies",
    "supervisory_staff",
    # Product kinds a check found with no failing sample, online platforms a check went
    # through, farmers' cooperatives, and the quantity a case's offending goods sold (issue 12).
    "categories_passed",
    "platforms_inspected",
    "farm_cooperatives",
    "goods_sold_quantity",
    # Units of unlike kinds a check went through, counted together (firms and markets).
    "units_inspected",
    # A risk monitoring's batches and the kinds of product it covers, apart from the spot
    # checks' (issue 12).
    "risk_monitoring_batches",
    "risk_monitoring_kinds",
]
STAT_METRICS_V1 = frozenset(get_args(StatMetricV1))
# Supervision's metrics added after the rounds' typed keys were written: a key that does not
# name one says nothing of it (evaluate leaves it unscored there, ``Area.late_metrics``).
STAT_METRICS_LATE = frozenset({"trademarks_registered", "products_recalled", "firms_supervised",
                               "problems_found", "problems_rectified", "import_export_batches",
                               "import_export_value", "import_export_failed",
                               "import_export_failed_value", "testing_fees_waived",
                               "people_trained", "training_sessions", "quality_index",
                               "satisfaction_score", "categories_targeted", "items_failed",
                               "sampling_density", "sampling_coverage", "weight_shortfall",
                               "products_checked", "market_entities", "market_enterprises",
                               "market_self_employed", "complaint_closing_rate",
                               "failures_followed_up", "failures_by_cause", "units_at_fault",
                               "goods_found", "goods_sold_value", "funds",
                               "inspections_made", "firms_graded", "goods_kinds",
                               "supervisory_bodies", "supervisory_staff",
                               "categories_passed", "platforms_inspected", "units_inspected",
                               "farm_cooperatives", "goods_sold_quantity",
                               "risk_monitoring_batches", "risk_monitoring_kinds"})
# and those of no late metric whose changes in % (受理投诉…同比下降8%, 公证检验棉花…同比增长12%)
# were read after them (``Area.late_changes``, issue 12); with the late
# metrics, every metric of extract/lexicon/supervision_recalls.COUNTED_CHANGES.
STAT_CHANGES_LATE = frozenset({"complaints_handled", "fibre_inspected"})
# Schema 2's metrics whose figures version 1 leaves out (the others it writes as ``other``).
STAT_METRICS_V2_ONLY = frozenset({
    "firms_failed", "firms_passed", "places_covered", "items_tested", "pledges_signed",
    "pledge_rate", "firms_registered", "publicity_events", "outreach_visits", "teams_sent",
    "fibre_inspected", "materials_distributed", "consultations", "goods_removed", "free_tests", "firms_assisted", "banners_displayed",
    "instruments_unverified", *STAT_METRICS_LATE})
# Schema 2: what every figure says beyond its number (docs/schema.md).
Status = Literal["achieved", "target", "shortlisted", "applied", "recommended"]
# (a share of a whole told after a count, 占全省的46%: the count's own key in %, never a level)
Basis = Literal["total", "added", "change", "share"]
FacilityStatus = Literal["planned", "under_construction", "completed", "accredited", "operating"]
# Schema 2's areas of their own; every key is in docs/schema.md.
MetrologyMetric = Literal[
    "instruments_verified", "instruments_checked", "instruments_passed", "instruments_failed",
    "pass_rate", "verification_rate", "sites", "measurement_standards", "fees_waived",
    "reference_materials", "instruments_held", "sites_held", "comparisons", "comparison_labs",
    "comparisons_satisfactory", "measured_error", "failure_rate", "instruments_sealed"]
# Metrology's metrics keyed after the rounds' typed keys (issue 12).
METROLOGY_METRICS_LATE = frozenset({"reference_materials", "instruments_held", "sites_held",
                                    "comparisons", "comparison_labs", "comparisons_satisfactory",
                                    "measured_error", "failure_rate", "instruments_sealed"})
# and the metrics whose changes in % (计量标准…同比增长5%) were read after them.
METROLOGY_CHANGES_LATE = frozenset({"measurement_standards"})
Instrument = Literal["fuel_dispenser", "scale", "taxi_meter", "utility_meter", "medical",
                     "optical", "pressure_gauge", "mining", "any"]
EquipmentMetric = Literal["registered", "inspected", "users_inspected", "failed", "sealed",
                          "hazards_found", "hazards_rectified", "overdue",
                          "operator_certificates", "accidents", "deaths", "injuries",
                          "accident_rate", "death_rate", "economic_loss", "registration_rate",
                          "inspection_rate", "rated", "emergency_calls", "trappings",
                          "people_freed", "arrival_minutes", "rescue_minutes", "failure_rate",
                          "out_of_service", "users_out_of_service", "found_in_use"]
# Special equipment's metrics added after the rounds' typed keys were written: a key that
# does not name one says nothing of it (evaluate leaves it unscored there).
# A toll's metrics are stated together (``Area.late_as_one``); the rates and the loss each on
# its own.
EQUIPMENT_TOLL = frozenset({"accidents", "deaths", "injuries"})
# A lift emergency platform's figures (issue 12): one family, each on its own.
EQUIPMENT_RESCUE = frozenset({"emergency_calls", "trappings", "people_freed", "arrival_minutes",
                              "rescue_minutes"})
EQUIPMENT_METRICS_LATE = EQUIPMENT_TOLL | EQUIPMENT_RESCUE | {
    "accident_rate", "death_rate", "economic_loss", "registration_rate", "inspection_rate",
    "rated", "failure_rate", "out_of_service", "users_out_of_service", "found_in_use"}
# and those whose changes in % (事故起数同比下降12%; the register's, 在册设备数量比上年增长9%) were
# read after them (``Area.late_changes``).
EQUIPMENT_CHANGES_LATE = EQUIPMENT_METRICS_LATE | {"registered"}
Equipment = Literal["boiler", "pressure_vessel", "gas_cylinder", "pressure_pipeline", "lift",
                    "lifting_machinery", "ropeway", "amusement_ride", "in_plant_vehicle", "any"]
CertificationMetric = Literal["licensed", "certified", "revoked", "refused", "mark_users"]
Scheme = Literal["production_licence", "food_licence", "ccc", "quality_system",
                 "environment_system", "measurement_management", "energy_management",
                 "food_safety", "agricultural", "laboratory", "gi_mark", "any"]
CapacityMetric = Literal["bodies", "investment", "equipment_value", "land_area", "floor_area",
                         "staff", "instruments", "parameters", "products"]
Body = Literal["national_centre", "provincial_centre", "centre", "laboratory", "base",
               "institution", "any"]
DistinctionMetric = Literal["awarded", "building", "reward_money", "zone_output", "zone_jobs",
                            "zone_income", "front_runners", "good_conduct", "brand_value",
                            "brands_valued", "zone_area", "zone_households", "standards_funding",
                            "standards_funded", "standards_committees", "commended",
                            "brand_output", "brand_area", "brand_yield", "brands_above_value",
                            "declaring_firms", "declared_products", "list_categories",
                            "participants", "zone_places"]
# A demonstration zone's results, and a standard's front-runners and good-conduct firms, keyed
# after the rounds' typed keys (issue 12).
DISTINCTION_METRICS_LATE = frozenset({"zone_output", "zone_jobs", "zone_income", "front_runners",
                                      "brand_value", "brands_valued",
                                      "good_conduct", "zone_area", "zone_households",
                                      "standards_funding", "standards_funded",
                                      "standards_committees", "commended", "brand_output",
                                      "brand_area", "brand_yield", "brands_above_value",
                                      "declaring_firms", "declared_products",
                                      "list_categories", "participants", "zone_places"})
Distinction = Literal["quality_award", "quality_city", "brand_zone", "standardization_pilot",
                      "export_zone", "gi_zone", "standards_award", "time_honoured_brand", "any"]
