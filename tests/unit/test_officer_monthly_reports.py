"""A report of a region for a month, or a Kazakh report named last after «бойынша», is the statistics: what
happened there in that month, which a headcount of today's workers does not give."""

from bot.officer_commands import officer_tool_named


def test_a_region_report_for_a_named_month_is_the_statistics() -> None:
    assert officer_tool_named("сводка по Актобе за сентябрь") == "stats"


def test_a_region_report_for_a_week_still_counts_its_workers() -> None:
    assert officer_tool_named("дай сводку по Актобе за неделю") is None


def test_a_kazakh_report_named_last_is_the_statistics() -> None:
    assert officer_tool_named("Ақтөбе облысы бойынша қыркүйек есебі") == "stats"
    assert officer_tool_named("Aqtobe oblysy boiynsha qyrkuiek esebi") == "stats"
    assert officer_tool_named("осы апта бойынша мамандықтар статистикасы") == "stats"


def test_figures_of_some_workers_asked_in_excel_are_the_export() -> None:
    assert officer_tool_named("статистику по сварщикам Атырау в эксель скиньте") == "export"
    assert officer_tool_named("статистика по сварщикам Атырау") is None  # counted in the chat
