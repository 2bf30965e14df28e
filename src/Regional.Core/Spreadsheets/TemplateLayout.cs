using System.Collections.Immutable;
using System.Globalization;

namespace Regional.Spreadsheets;

/// <summary>
/// The layout of the Excel reporting template (<c>regional.template/v1</c>), shared by the writer and the reader:
/// the data sheet <c>数据</c> with one row per region and indicator under a bilingual header row, and the hidden
/// sheet <c>_meta</c> naming the catalog, its version, the template version and the period.
/// </summary>
public static class TemplateLayout
{
    public const string TemplateVersion = "regional.template/v1";
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DataSheet = "数据";
    public const string MetaSheet = "_meta";

    public const string RegionCodeColumn = "A";
    public const string RegionColumn = "B";
    public const string PeriodColumn = "C";
    public const string IndicatorColumn = "D";
    public const string IndicatorNameColumn = "E";
    public const string ValueColumn = "F";
    public const string UnitColumn = "G";
    public const string StatusColumn = "H";

    public const string CatalogIdKey = "catalogId";
    public const string CatalogVersionKey = "catalogVersion";
    public const string TemplateVersionKey = "templateVersion";
    public const string PeriodKey = "period";

    /// <summary>The header row, column by column: Chinese first, English beside it.</summary>
    public static ImmutableArray<(string Column, string Header)> Headers { get; } =
    [
        (RegionCodeColumn, "地区代码 Region code"),
        (RegionColumn, "地区 Region"),
        (PeriodColumn, "期间 Period"),
        (IndicatorColumn, "指标代码 Indicator"),
        (IndicatorNameColumn, "指标 Indicator name"),
        (ValueColumn, "数值 Value"),
        (UnitColumn, "单位 Unit"),
        (StatusColumn, "状态 Status"),
    ];

    /// <summary>The status codes of the drop-down, as the JSON envelope spells them.</summary>
    public static ImmutableArray<string> StatusCodes { get; } = ["final", "provisional"];

    /// <summary>The first row holding figures (the header is row 1).</summary>
    public const int FirstDataRow = 2;

    /// <summary>A cell reference as people read it: <c>数据!F7</c>.</summary>
    public static string Cell(string sheet, string column, int row) => string.Create(CultureInfo.InvariantCulture, $"{sheet}!{column}{row}");
}
