namespace Regional.Submissions;

/// <summary>The wire formats a submission can arrive in.</summary>
public enum SubmissionFormat
{
    /// <summary>Could not be told from the content type or the first bytes.</summary>
    Unknown,

    /// <summary>The project's own JSON envelope, schema <c>regional.submission/v1</c>.</summary>
    JsonEnvelope,

    /// <summary>SDMX-CSV 1.0: first column <c>DATAFLOW</c>.</summary>
    SdmxCsv1,

    /// <summary>SDMX-CSV 2.0: leading <c>STRUCTURE</c>, <c>STRUCTURE_ID</c> and optionally <c>ACTION</c>.</summary>
    SdmxCsv2,

    /// <summary>SDMX-JSON data message, 2.0 (<c>data.structures</c>, <c>data.dataSets</c>) or 1.0 (<c>structure</c>, <c>dataSets</c>).</summary>
    SdmxJson,

    /// <summary>SDMX-ML 2.1 structure-specific data (<c>StructureSpecificData</c>).</summary>
    SdmxMl21,

    /// <summary>A filled Excel template (<c>regional.template/v1</c>, .xlsx).</summary>
    ExcelTemplate,
}
