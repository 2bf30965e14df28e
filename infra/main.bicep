// Regional on Azure: `azd up` provisions this and deploys src/Regional.Functions to it.
// A resource group holding the Function App (Flex Consumption, .NET isolated) and what it needs: a user-assigned
// identity, a storage account, a Service Bus namespace with the alerts topic, a Key Vault, Application Insights and,
// unless public network access is allowed, a virtual network with private endpoints. No resource hands out a key:
// every connection is the app's identity with the roles granted in app/rbac.bicep, every secret a Key Vault reference.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names the resource group and seeds the unique suffix of every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. It must offer the Flex Consumption plan.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user (azd sets it). It gets data roles only with developerDataAccess.')
param principalId string = ''

@description('Development environments only: give principalId data roles on storage, the alerts topic, telemetry and the vault, to run the app locally against Azure. Off: the deploying user has no standing access to the data.')
param developerDataAccess bool = false

@description('Kind of principal principalId is: User for a person, ServicePrincipal for a pipeline.')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@minLength(1)
@description('Client id of the Entra app registration that represents the API (App Service Authentication checks tokens issued for it).')
param authClientId string

@description('Entra tenant that issues the API\'s tokens; by default the tenant of the deployment.')
param authTenantId string = tenant().tenantId

@minLength(1)
@description('Comma-separated client ids of the applications allowed to call the API (the dashboard\'s registration, a script\'s, the Azure CLI\'s). A token issued to any other client is refused with 403.')
param authAllowedClientApplications string

@description('Comma-separated object ids of the users and service principals allowed to call the API; empty: every principal assigned to the API\'s enterprise application.')
param authAllowedPrincipals string = ''

@description('Comma-separated object ids of groups whose members may call the API (tokens must carry the groups claim); empty for no group check.')
param authAllowedGroups string = ''

@description('Development environments only: let storage, Service Bus and the Key Vault answer on their public endpoints (still only with an Entra token) and leave out the virtual network and private endpoints. Off: only the app, through its virtual network, reaches them.')
param allowPublicNetworkAccess bool = false

@description('Service Bus tier. Premium (one messaging unit) has a private endpoint and refuses public networks; Standard is far cheaper but has no private endpoints, so its namespace stays on its public endpoint (Entra authentication only).')
@allowed(['Premium', 'Standard'])
param serviceBusSku string = 'Premium'

@description('Address space of the virtual network (a /23 or larger): the app subnet takes its first /24, the private endpoints the second.')
param virtualNetworkAddressPrefix string = '10.40.0.0/16'

@description('Whether the Key Vault keeps a deleted vault and its secrets unpurgeable for 90 days. Keep it on in production; off lets a development environment be deleted and recreated under the same name.')
param keyVaultPurgeProtection bool = true

@description('Comma-separated names of further app settings kept as Key Vault secrets, e.g. Contacts__oncall__Url; each is read from the secret named like it with "--" for "__" (Contacts--oncall--Url).')
param keyVaultSettings string = ''

@secure()
@description('Base64 key that signs the API\'s paging tokens (at least 32 bytes). By default a new one each deployment: a token issued before it is then refused with 400 invalid-continuation-token and the client starts again from the first page.')
param continuationTokenKey string = base64('${newGuid()}${newGuid()}')

@description('How long the alerts topic drops a resent alert with the same message id (ISO 8601 duration).')
param alertDuplicateDetectionWindow string = 'PT1H'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var privateNetwork = !allowPublicNetworkAccess
var serviceBusPrivate = privateNetwork && serviceBusSku == 'Premium'
var tags = { 'azd-env-name': environmentName }
// Names are fixed here, before anything is deployed, so modules can refer to each other's resources by name and
// What-If can predict every resource id.
var names = {
  functionApp: 'func-regional-${resourceToken}'
  plan: 'plan-regional-${resourceToken}'
  identity: 'id-regional-${resourceToken}'
  deploymentIdentity: 'id-regional-deploy-${resourceToken}'
  keyVault: 'kv-${resourceToken}'
  virtualNetwork: 'vnet-regional-${resourceToken}'
  storage: 'st${resourceToken}'
  deploymentContainer: 'app-package-${resourceToken}'
  serviceBus: 'sb-regional-${resourceToken}'
  alertsTopic: 'alerts'
  logAnalytics: 'log-regional-${resourceToken}'
  applicationInsights: 'appi-regional-${resourceToken}'
}

// One alerts subscription per prefecture-level region of the bundled catalog: adding a region to the catalog adds
// its subscription at the next provision. The codes are read when the template is built, so the compiled template
// lists them.
var prefectureCodes string[] = loadJsonContent(
  '../catalog/sichuan/regions.json',
  '$.regions[?(@.level == \'prefecture\')].code'
)

// The tables, queues and containers the app and the host use, each created by app/storage.bicep and each granted to
// the app on its own by app/rbac.bicep. They are the names the settings in app/api.bicep give the app (a test keeps
// them equal to what the app resolves from those settings); the host's containers are its fixed ones.
var storageLayout = {
  tables: [
    'Observations'
    'ObservationHistory'
    'Submissions'
    'SubmissionsByDay'
    'Scorecards'
    'Rankings'
    'Findings'
    'AlertStates'
    'PoisonLog'
    'Alerts'
    'Outbox'
    'Silences'
  ]
  queues: [
    'ingest'
    'evaluate'
    'ingest-poison'
    'evaluate-poison'
  ]
  containers: [
    'raw-payloads'
    'queue-payloads'
    'catalogs'
    'incoming'
    // The host's leases, singleton locks and timer schedules, and its function keys.
    'azure-webjobs-hosts'
    'azure-webjobs-secrets'
  ]
}

var continuationTokenSecretName = 'Api--ContinuationTokenKey'

func commaSeparated(list string) string[] => filter(map(split(list, ','), item => trim(item)), item => !empty(item))

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module deploymentIdentity 'app/identity.bicep' = {
  name: 'deployment-identity'
  scope: resourceGroup
  params: {
    name: names.deploymentIdentity
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
    tableNames: storageLayout.tables
    queueNames: storageLayout.queues
    containerNames: storageLayout.containers
    publicNetworkAccess: privateNetwork ? 'Disabled' : 'Enabled'
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: resourceGroup
  params: {
    name: names.keyVault
    location: location
    tags: tags
    publicNetworkAccess: privateNetwork ? 'Disabled' : 'Enabled'
    purgeProtection: keyVaultPurgeProtection
    continuationTokenSecretName: continuationTokenSecretName
    continuationTokenKey: continuationTokenKey
  }
}

module messaging 'app/messaging.bicep' = {
  name: 'messaging'
  scope: resourceGroup
  params: {
    name: names.serviceBus
    location: location
    tags: tags
    alertsTopicName: names.alertsTopic
    duplicateDetectionWindow: alertDuplicateDetectionWindow
    regionCodes: prefectureCodes
    sku: serviceBusSku
    publicNetworkAccess: serviceBusPrivate ? 'Disabled' : 'Enabled'
  }
}

module network 'app/network.bicep' = if (privateNetwork) {
  name: 'network'
  scope: resourceGroup
  params: {
    name: names.virtualNetwork
    location: location
    tags: tags
    addressPrefix: virtualNetworkAddressPrefix
    storageAccountId: storage.outputs.id
    keyVaultId: keyVault.outputs.id
    serviceBusNamespaceId: serviceBusPrivate ? messaging.outputs.id : ''
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: resourceGroup
  params: {
    storageAccountName: names.storage
    tableNames: storageLayout.tables
    queueNames: storageLayout.queues
    containerNames: storageLayout.containers
    deploymentContainerName: names.deploymentContainer
    serviceBusNamespaceName: names.serviceBus
    alertsTopicName: names.alertsTopic
    applicationInsightsName: names.applicationInsights
    keyVaultName: names.keyVault
    appIdentityName: names.identity
    deploymentIdentityName: names.deploymentIdentity
    developerDataAccess: developerDataAccess
    developerPrincipalId: principalId
    developerPrincipalType: principalType
  }
  dependsOn: [
    identity
    deploymentIdentity
    storage
    messaging
    monitoring
    keyVault
  ]
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: resourceGroup
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    deploymentIdentityId: deploymentIdentity.outputs.id
    virtualNetworkSubnetId: privateNetwork ? network!.outputs.appSubnetId : ''
    storageAccountName: names.storage
    storageEndpoints: {
      blob: storage.outputs.blobEndpoint
      queue: storage.outputs.queueEndpoint
      table: storage.outputs.tableEndpoint
    }
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    serviceBusNamespace: messaging.outputs.fullyQualifiedNamespace
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    authClientId: authClientId
    authTenantId: authTenantId
    authAllowedApplications: commaSeparated(authAllowedClientApplications)
    authAllowedIdentities: commaSeparated(authAllowedPrincipals)
    authAllowedGroups: commaSeparated(authAllowedGroups)
    keyVaultUri: keyVault.outputs.vaultUri
    continuationTokenSecretUri: keyVault.outputs.continuationTokenSecretUri
    keyVaultSettingNames: commaSeparated(keyVaultSettings)
  }
  // The app starts pulling its package and opening its connections as soon as it exists; let the roles land first.
  dependsOn: [
    rbac
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = 'https://${api.outputs.defaultHostName}'
output REGIONAL_API_BASE_URL string = api.outputs.apiBaseUrl
output AZURE_SERVICE_BUS_NAMESPACE string = messaging.outputs.fullyQualifiedNamespace
output AZURE_SERVICE_BUS_ALERTS_TOPIC string = messaging.outputs.alertsTopicName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.vaultUri
