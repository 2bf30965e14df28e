// The private network of a deployment without public access: a virtual network whose "app" subnet the Function App
// joins (Flex Consumption virtual network integration, delegated to Microsoft.App/environments) and whose
// "endpoints" subnet holds one private endpoint per service the app reaches: the storage account's blob, queue and
// table services, the Key Vault, and the Service Bus namespace when it is Premium (Standard has no private endpoints).
// Each endpoint registers its private address in the matching privatelink DNS zone, linked to the network, so the
// app resolves the services' ordinary host names to private addresses and the services refuse every public caller.
// Application Insights ingestion stays on its public endpoint (it accepts only the app's Entra identity).

@description('Name of the virtual network.')
param name string

@description('Azure region.')
param location string

param tags object

@description('Address space of the network (at least a /23): the app subnet takes the first /24, the endpoints the second.')
param addressPrefix string

@description('Resource id of the storage account.')
param storageAccountId string

@description('Resource id of the Key Vault.')
param keyVaultId string

@description('Resource id of the Service Bus namespace when it gets a private endpoint (Premium); empty when it does not.')
param serviceBusNamespaceId string

// Sovereign clouds have their own suffixes: storage's and Key Vault's come from environment(); Service Bus follows
// storage's (core.windows.net / servicebus.windows.net, core.chinacloudapi.cn / servicebus.chinacloudapi.cn), and the
// vault's private link zone is "vaultcore" where its host names say "vault" (vault.azure.net / vaultcore.azure.net).
var storageSuffix = environment().suffixes.storage
var serviceBusSuffix = replace(storageSuffix, 'core.', 'servicebus.')
var vaultZoneSuffix = replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.')

var endpoints = concat(
  [
    { name: 'blob', target: storageAccountId, groupId: 'blob', zone: 'privatelink.blob.${storageSuffix}' }
    { name: 'queue', target: storageAccountId, groupId: 'queue', zone: 'privatelink.queue.${storageSuffix}' }
    { name: 'table', target: storageAccountId, groupId: 'table', zone: 'privatelink.table.${storageSuffix}' }
    { name: 'vault', target: keyVaultId, groupId: 'vault', zone: 'privatelink${vaultZoneSuffix}' }
  ],
  empty(serviceBusNamespaceId)
    ? []
    : [{ name: 'servicebus', target: serviceBusNamespaceId, groupId: 'namespace', zone: 'privatelink.${serviceBusSuffix}' }]
)

resource network 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    // Declared inline: a redeployment then keeps them instead of removing subnets it does not list.
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 0)
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
          // The app still reaches the internet from here: Application Insights ingestion, Entra ID, contact points
          // and, with a Standard namespace, Service Bus. A NAT gateway would give it a fixed outbound address.
          defaultOutboundAccess: true
        }
      }
      {
        name: 'endpoints'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 1)
          privateEndpointNetworkPolicies: 'Disabled'
          defaultOutboundAccess: false
        }
      }
    ]
  }
}

resource appSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-07-01' existing = {
  parent: network
  name: 'app'
}

resource endpointSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-07-01' existing = {
  parent: network
  name: 'endpoints'
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for endpoint in endpoints: {
    name: endpoint.zone
    location: 'global'
    tags: tags
  }
]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (endpoint, i) in endpoints: {
    parent: zones[i]
    name: name
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: network.id
      }
    }
  }
]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-07-01' = [
  for endpoint in endpoints: {
    name: 'pe-${endpoint.name}-${name}'
    location: location
    tags: tags
    properties: {
      subnet: {
        id: endpointSubnet.id
      }
      privateLinkServiceConnections: [
        {
          name: endpoint.name
          properties: {
            privateLinkServiceId: endpoint.target
            groupIds: [
              endpoint.groupId
            ]
          }
        }
      ]
    }
  }
]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-07-01' = [
  for (endpoint, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: endpoint.name
          properties: {
            privateDnsZoneId: zones[i].id
          }
        }
      ]
    }
  }
]

output appSubnetId string = appSubnet.id
output privateEndpointNames string[] = [for (endpoint, i) in endpoints: privateEndpoints[i].name]
