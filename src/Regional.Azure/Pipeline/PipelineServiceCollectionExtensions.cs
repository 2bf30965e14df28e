using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Deadlines;
using Regional.DropFolders;
using Regional.Messaging;
using Regional.Pipeline;
using Regional.Submissions;

namespace Regional.Azure.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingestion and evaluation pipelines, the queue message handlers, the drop-folder pull and the
    /// deadline check, with their settings (sections <c>Submissions</c>, <c>Evaluation</c> and <c>Deadline</c>, the queue trigger's
    /// dequeue count) and the system clock. Needs the storage ports (<see cref="StorageServiceCollectionExtensions.AddRegionalStorage"/>).
    /// </summary>
    public static IServiceCollection AddRegionalPipelines(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SubmissionOptions>().Bind(configuration.GetSection(SubmissionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EvaluationOptions>().Bind(configuration.GetSection(EvaluationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeadlineOptions>().Bind(configuration.GetSection(DeadlineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueRetryOptions>().Bind(configuration.GetSection(QueueRetryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new PipelineSettings(
            Options<StorageOptions>(provider).EvaluateQueue,
            new SubmissionLimits(Options<SubmissionOptions>(provider).MaxBytes))
        {
            NotificationHold = Options<EvaluationOptions>(provider).NotificationHold,
        });
        services.TryAddSingleton(provider => new QueueRetrySettings(Options<QueueRetryOptions>(provider).MaxDequeueCount));
        services.TryAddSingleton(provider =>
        {
            var deadline = Options<DeadlineOptions>(provider);
            return new DeadlineSettings(deadline.DaysAfterPeriodEnd, deadline.Frequency);
        });

        services.TryAddSingleton<IngestionPipeline>();
        services.TryAddSingleton<EvaluationPipeline>();
        services.TryAddSingleton<PoisonGuard>();
        services.TryAddSingleton<IngestMessageHandler>();
        services.TryAddSingleton<EvaluateMessageHandler>();
        services.TryAddSingleton<DropFolderPull>();
        services.TryAddSingleton<DeadlineCompleteness>();
        return services;
    }

    private static T Options<T>(IServiceProvider provider)
        where T : class => provider.GetRequiredService<IOptions<T>>().Value;
}
