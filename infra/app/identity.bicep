// A user-assigned identity. The Function App has two: the one it runs as (every connection of the app and the host)
// and the one the platform uses to write and read the Flex deployment package, so the app's own identity never holds
// a role on the package container. User-assigned, so role assignments can be made before the app exists and survive
// the app being recreated.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
