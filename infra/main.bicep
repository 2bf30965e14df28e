// Regional on Azure: `azd up` provisions this and deploys src/Regional.Functions to it.
// A resource group holding the Function App (Flex Consumption, .NET isolated) and what it needs: a user-assigned
// identity, a storage account, a Service Bus namespace with the alerts topic, Application Insights. No resource
// hands out a key: every connection is the app's identity with the roles granted in app/rbac.bicep.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names the resource group and seeds the unique suffix of every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. It must offer the Flex Consumption plan.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user; when set, that user gets the app\'s data roles to run it locally against Azure.')
param principalId string = ''

@description('Kind of principal principalId is: User for a person, ServicePrincipal for a pipeline.')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@minLength(1)
@description('Client id of the Entra app registration that represents the API (App Service Authentication checks tokens issued for it).')
param authClientId string

@description('Entra tenant that issues the API\'s tokens; by default the tenant of the deployment.')
param authTenantId string = tenant().tenantId

@secure()
@description('Base64 key that signs the API\'s paging tokens (at least 32 bytes). By default a new one each deployment: a token issued before it is then refused with 400 invalid-continuation-token and the client starts again from the first page.')
param continuationTokenKey string = base64('${newGuid()}${newGuid()}')

@description('How long the alerts topic drops a resent alert with the same message id (ISO 8601 duration).')
param alertDuplicateDetectionWindow string = 'PT1H'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
// Names are fixed here, before anything is deployed, so modules can refer to each other's resources by name and
// What-If can predict every resource id.
var names = {
  functionApp: 'func-regional-${resourceToken}'
  plan: 'plan-regional-${resourceToken}'
  identity: 'id-regional-${resourceToken}'
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

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
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
    serviceBusNamespaceName: names.serviceBus
    alertsTopicName: names.alertsTopic
    applicationInsightsName: names.applicationInsights
    appIdentityName: names.identity
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
  dependsOn: [
    identity
    storage
    messaging
    monitoring
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
    continuationTokenKey: continuationTokenKey
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
