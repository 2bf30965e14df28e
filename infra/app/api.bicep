// The Function App: Flex Consumption plan, .NET isolated worker, running as the user-assigned identity, behind
// App Service Authentication with Microsoft Entra ID. Every connection in its settings is identity-based; every
// secret in them is a Key Vault reference the platform resolves with that identity. Without public network access
// the app joins the virtual network of network.bicep and reaches storage, Service Bus and the vault privately.

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity: tells each SDK which of the app\'s identities to use.')
param identityClientId string

@description('Resource id of the identity the platform writes and reads the deployment package with.')
param deploymentIdentityId string

@description('Subnet the app joins (virtual network integration); empty for none.')
param virtualNetworkSubnetId string

@description('Storage account for the host, the app\'s data and the deployment package.')
param storageAccountName string

@description('Blob, queue and table endpoints of that account.')
param storageEndpoints {
  blob: string
  queue: string
  table: string
}

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string

@description('Fully qualified Service Bus namespace, e.g. sb-x.servicebus.windows.net.')
param serviceBusNamespace string

@description('Application Insights connection string (only the ingestion endpoint: local auth is off).')
param applicationInsightsConnectionString string

@description('.NET version of the isolated worker on Flex Consumption.')
param dotnetVersion string = '10.0'

@description('Most instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Client id of the Entra app registration that represents the API.')
param authClientId string

@description('Entra tenant that issues the tokens.')
param authTenantId string

@description('Audiences a token may carry; by default the app id URI and the client id.')
param authAllowedAudiences string[] = [
  'api://${authClientId}'
  authClientId
]

@minLength(1)
@description('Client ids of the applications whose tokens are accepted (the dashboard, scripts); every other client gets 403.')
param authAllowedApplications string[]

@description('Object ids of the users and service principals whose tokens are accepted; empty for any assigned principal.')
param authAllowedIdentities string[]

@description('Object ids of the groups whose members\' tokens are accepted (the token must carry the groups claim); empty for no group check.')
param authAllowedGroups string[]

@description('URI of the Key Vault holding the app\'s secrets, ending in a slash.')
param keyVaultUri string

@description('URI, with its version, of the secret holding the paging-token signing key.')
param continuationTokenSecretUri string

@description('Further app settings whose values are Key Vault secrets (contact points): each setting name maps to the secret named like it with "--" for "__".')
param keyVaultSettingNames string[]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  // azd finds the app to deploy the "api" service to by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
      '${deploymentIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    // Key Vault references are resolved with the app's identity (without this, with a system-assigned one it lacks).
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    httpsOnly: true
    clientCertMode: 'Optional'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Through the virtual network for everything, not only private addresses: Key Vault references on Linux are
      // resolved over the integration only with route-all on, and the network's DNS zones then answer every lookup.
      vnetRouteAllEnabled: !empty(virtualNetworkSubnetId)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: deploymentIdentityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: dotnetVersion
      }
    }
  }
}

// Publishing with a user name and password is off: azd deploys with an Entra token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

// Every setting the app reads in Azure. Flex Consumption sets the worker runtime and version itself
// (functionAppConfig.runtime), so FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not settings here.
var settings = {
  // The host's own storage, through the identity.
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId

  // The "RegionalStorage" connection of the queue triggers and bindings.
  RegionalStorage__queueServiceUri: storageEndpoints.queue
  RegionalStorage__tableServiceUri: storageEndpoints.table
  RegionalStorage__blobServiceUri: storageEndpoints.blob
  RegionalStorage__credential: 'managedidentity'
  RegionalStorage__clientId: identityClientId

  // Trigger names and schedules (the %Setting% expressions of the functions).
  IngestQueueName: 'ingest'
  EvaluateQueueName: 'evaluate'
  PullSchedule: '0 */15 * * * *'
  DeadlineSchedule: '0 0 2 * * *'
  DispatchSchedule: '0 */1 * * * *'

  // Alerts out through Service Bus.
  Alerts__Transport: 'ServiceBus'
  Alerts__Topic: 'alerts'
  ServiceBus__fullyQualifiedNamespace: serviceBusNamespace
  ServiceBus__credential: 'managedidentity'
  ServiceBus__clientId: identityClientId

  // Telemetry with Entra authentication (the component refuses instrumentation-key ingestion).
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'

  // The platform authenticates every request before the app sees it (authsettingsV2 below).
  Auth__Mode: 'EasyAuth'
  // The version the deployment wrote (see keyvault.bicep).
  Api__ContinuationTokenKey: '@Microsoft.KeyVault(SecretUri=${continuationTokenSecretUri})'

  // The rest are the app's defaults, stated so the deployed configuration is complete and each can be changed here
  // (or in the portal) without a new build. docs/operations.md says what each one does.
  AzureFunctionsJobHost__extensions__queues__maxDequeueCount: '5'
  Submissions__MaxBytes: '8388608'
  Deadline__DaysAfterPeriodEnd: '25'
  Deadline__Frequency: 'Quarterly'
  Evaluation__NotificationHold: '00:05:00'
  Dispatch__BatchSize: '50'
  Dispatch__FirstRetry: '00:00:30'
  Dispatch__MaxRetry: '00:30:00'
  Dispatch__Lease: '00:02:00'
  Storage__ObservationsTable: 'Observations'
  Storage__ObservationHistoryTable: 'ObservationHistory'
  Storage__SubmissionsTable: 'Submissions'
  Storage__SubmissionsByDayTable: 'SubmissionsByDay'
  Storage__ScorecardsTable: 'Scorecards'
  Storage__RankingsTable: 'Rankings'
  Storage__FindingsTable: 'Findings'
  Storage__AlertStatesTable: 'AlertStates'
  Storage__PoisonLogTable: 'PoisonLog'
  Storage__AlertsTable: 'Alerts'
  Storage__OutboxTable: 'Outbox'
  Storage__SilencesTable: 'Silences'
  Storage__RawPayloadContainer: 'raw-payloads'
  Storage__QueuePayloadContainer: 'queue-payloads'
  Storage__CatalogContainer: 'catalogs'
  Storage__DropContainer: 'incoming'
  Storage__RetryBudget: '00:00:10'
}

// Settings an operator keeps in the vault (docs/operations.md, "Secrets"). A deployment replaces the whole set of app
// settings, so a setting added by hand in the portal would be lost at the next provision; named here, it is kept.
// A name the template also sets is replaced by its reference. Without a version: the platform follows the secret's
// current version (within a day of a change, or at once when the app restarts).
var keyVaultSettings = toObject(
  keyVaultSettingNames,
  name => name,
  name => '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${replace(name, '__', '--')}/)'
)

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: union(settings, keyVaultSettings)
}

// App Service Authentication with Microsoft Entra ID. An API answers 401 to a request without a valid token rather
// than redirecting to a sign-in page; the health probe stays open so a load balancer or monitor can reach it.
resource authentication 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
      excludedPaths: [
        '/api/health'
        '/api/openapi.json'
      ]
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: authClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: authAllowedAudiences
          // A valid token for the API is not enough: it must have been issued to one of the allowed client
          // applications and, when lists are given, to an allowed principal. Anyone else gets 403.
          defaultAuthorizationPolicy: {
            allowedApplications: authAllowedApplications
            allowedPrincipals: {
              identities: empty(authAllowedIdentities) ? null : authAllowedIdentities
              groups: empty(authAllowedGroups) ? null : authAllowedGroups
            }
          }
        }
      }
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output apiBaseUrl string = 'https://${app.properties.defaultHostName}/api'
