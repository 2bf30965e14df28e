// Every role assignment of the deployment, in one place, each at the narrowest scope that works. Data-plane roles
// only: the app can read and write its data but cannot change, re-key or delete the resources themselves.
// Names are guid(scope, principal, role) so a redeployment finds the same assignment instead of adding another.
//
// The app's storage roles are on each table, queue and container it uses, never on the account: it cannot read the
// deployment package, nor any table, queue or container added to the account later. The deployment identity holds
// the one role on the package container. The developer's roles exist only when asked for (developerDataAccess).

@description('Storage account the app and the host use.')
param storageAccountName string

@description('Tables the app uses.')
param tableNames string[]

@description('Queues the app uses, with their poison queues.')
param queueNames string[]

@description('Blob containers the app and the Functions host use.')
param containerNames string[]

@description('Blob container of the Flex deployment package.')
param deploymentContainerName string

@description('Service Bus namespace that holds the alerts topic.')
param serviceBusNamespaceName string

@description('Topic the app publishes alerts to.')
param alertsTopicName string

@description('Application Insights component the app sends telemetry to.')
param applicationInsightsName string

@description('Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('Name of the app\'s user-assigned identity.')
param appIdentityName string

@description('Name of the identity the platform writes and reads the deployment package with.')
param deploymentIdentityName string

@description('Whether the developer named by developerPrincipalId gets data roles (development environments only).')
param developerDataAccess bool = false

@description('Principal id of the developer, for running the app locally against the deployed resources; empty for none.')
param developerPrincipalId string = ''

@description('Kind of principal developerPrincipalId is.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param developerPrincipalType string = 'User'

// Built-in role definition ids (the same in every Azure cloud).
var roles = {
  // Read, write and delete blobs in a container: raw payloads, claim-check bodies, catalogs, the drop folder, the
  // host's leases, timer state and keys, and (deployment identity only) the Flex deployment package. Blob Data Owner
  // would add POSIX ACL management, which nothing here uses.
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  // Send, receive and delete messages of a queue: the ingest and evaluate queues and their poison queues.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  // Read and write the entities of a table: observations, submissions, scorecards, alert states.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Send messages only: the app publishes alerts and never receives or manages entities.
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  // Read messages: only for the developer, to look at what reached the subscriptions.
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  // Send telemetry to a component whose local (key) authentication is off.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  // Read secret values: what the platform does to resolve the app's Key Vault references. Not list, not write.
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}

var developerStorageRoles = [
  roles.storageBlobDataContributor
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

var withDeveloper = developerDataAccess && !empty(developerPrincipalId)

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' existing = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' existing = [
  for queue in queueNames: {
    parent: queueService
    name: queue
  }
]

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = [
  for container in containerNames: {
    parent: blobService
    name: container
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: deploymentContainerName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusNamespaceName
}

resource alertsTopic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' existing = {
  parent: serviceBus
  name: alertsTopicName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

// The app's principal is named by the identity's resource id in assignment names: known before deployment, unlike
// its principal id, and as unique.
resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: appIdentityName
}

resource deploymentIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: deploymentIdentityName
}

var appPrincipalId = appIdentity.properties.principalId

// The app

resource appTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (table, i) in tableNames: {
    name: guid(tables[i].id, appIdentity.id, roles.storageTableDataContributor)
    scope: tables[i]
    properties: {
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    }
  }
]

resource appQueues 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (queue, i) in queueNames: {
    name: guid(queues[i].id, appIdentity.id, roles.storageQueueDataContributor)
    scope: queues[i]
    properties: {
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    }
  }
]

resource appContainers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (container, i) in containerNames: {
    name: guid(containers[i].id, appIdentity.id, roles.storageBlobDataContributor)
    scope: containers[i]
    properties: {
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    }
  }
]

// Scoped to the topic, not the namespace: the app can send alerts and nothing else.
resource appAlertsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(alertsTopic.id, appIdentity.id, roles.serviceBusDataSender)
  scope: alertsTopic
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.serviceBusDataSender)
  }
}

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appIdentity.id, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// On the vault rather than on each secret: an operator adds contact-point secrets after the deployment.
resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, appIdentity.id, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

// The deployment package: written by the platform when azd deploys, read when an instance starts.

resource deploymentPackage 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deploymentContainer.id, deploymentIdentity.id, roles.storageBlobDataContributor)
  scope: deploymentContainer
  properties: {
    principalId: deploymentIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

// The developer, for running the app locally against a development environment (developerDataAccess)

resource developerStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in developerStorageRoles: if (withDeveloper) {
    name: guid(storage.id, developerPrincipalId, role)
    scope: storage
    properties: {
      principalId: developerPrincipalId
      principalType: developerPrincipalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource developerAlerts 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [roles.serviceBusDataSender, roles.serviceBusDataReceiver]: if (withDeveloper) {
    name: guid(alertsTopic.id, developerPrincipalId, role)
    scope: alertsTopic
    properties: {
      principalId: developerPrincipalId
      principalType: developerPrincipalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource developerTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (withDeveloper) {
  name: guid(applicationInsights.id, developerPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: developerPrincipalId
    principalType: developerPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

resource developerSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (withDeveloper) {
  name: guid(keyVault.id, developerPrincipalId, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    principalId: developerPrincipalId
    principalType: developerPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}
