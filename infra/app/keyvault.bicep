// The Key Vault that holds the app's secrets: the key that signs paging tokens (written here from the deployment's
// secure parameter) and every contact-point secret an operator adds (docs/operations.md, "Secrets"). The app reads
// them only as Key Vault references in its app settings, resolved by the platform with the app's identity, which
// holds Key Vault Secrets User on this vault and nothing else on it (rbac.bicep). Azure RBAC mode: there are no
// access policies to drift from the role assignments.

@description('Name of the vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

param tags object

@description('Whether the vault answers on its public endpoint (development) or only through its private endpoint.')
@allowed(['Enabled', 'Disabled'])
param publicNetworkAccess string

@description('Whether a deleted vault and its secrets stay recoverable, and unpurgeable, for the retention period.')
param purgeProtection bool

@description('Name of the secret holding the paging-token signing key.')
param continuationTokenSecretName string

@secure()
@description('Base64 key that signs the API\'s paging tokens.')
param continuationTokenKey string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Purge protection cannot be turned off again once on; ARM rejects false on a vault that has it, so it is
    // left out rather than set to false.
    enablePurgeProtection: purgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: publicNetworkAccess == 'Enabled' ? 'Allow' : 'Deny'
      bypass: 'None'
    }
  }
}

// Written through Resource Manager (a control-plane operation of the deployment), so the deploying user needs no
// data-plane role on the vault and the vault's firewall does not stand in the way.
resource continuationToken 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: continuationTokenSecretName
  properties: {
    value: continuationTokenKey
    contentType: 'Base64 key of at least 32 bytes'
  }
}

output id string = vault.id
output name string = vault.name
output vaultUri string = vault.properties.vaultUri
// With its version: each deployment writes a new one, and the changed reference restarts the app on it, so every
// instance signs and checks paging tokens with the same key.
output continuationTokenSecretUri string = continuationToken.properties.secretUriWithVersion
