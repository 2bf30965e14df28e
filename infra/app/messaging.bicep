// The Service Bus namespace that carries alerts to whoever acts on them. Topics, subscriptions with SQL filters and
// duplicate detection exist from Standard up; private endpoints, and so a namespace closed to public networks, only in
// Premium. SAS keys are off; senders and receivers use Entra ID.
//
// The publisher sets these application properties (docs/alerts-contract.md): schema, catalogId, kind
// (region|summary|reminder|follow-up), period, severity (none|info|warning|major|critical), regionCode (absent on a
// provincial summary), peerGroup, transitionKind (new|escalated|...), ruleIds, ruleId, indicatorIds, indicatorId.
// The filters below read only those.

@description('Name of the Service Bus namespace.')
param name string

@description('Azure region.')
param location string

param tags object

@description('Name of the topic alerts are published to.')
param alertsTopicName string = 'alerts'

@description('How long the topic remembers message ids to drop a resent alert (ISO 8601 duration).')
param duplicateDetectionWindow string = 'PT1H'

@description('Codes of the regions that each get a subscription of their own alerts.')
param regionCodes string[]

@description('Premium (one messaging unit, private endpoint possible) or Standard (shared, public endpoint only).')
@allowed(['Premium', 'Standard'])
param sku string

@description('Enabled: any network may reach the namespace (with an Entra token). Disabled: only its private endpoint (Premium).')
@allowed(['Enabled', 'Disabled'])
param publicNetworkAccess string

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
    tier: sku
    capacity: sku == 'Premium' ? 1 : null
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: publicNetworkAccess
    premiumMessagingPartitions: sku == 'Premium' ? 1 : null
  }
}

resource alerts 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: alertsTopicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: 'P14D'
    maxSizeInMegabytes: 1024
    enableBatchedOperations: true
    supportOrdering: true
  }
}

// One subscription per audience: its name and the SQL filter on the alert's application properties.
var audiences = concat(
  [
    { name: 'province-office', filter: '1=1' }
    { name: 'critical', filter: 'severity = \'critical\'' }
  ],
  map(regionCodes, code => { name: 'region-${code}', filter: 'regionCode = \'${code}\'' })
)

resource subscriptions 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = [
  for audience in audiences: {
    parent: alerts
    name: audience.name
    properties: {
      lockDuration: 'PT1M'
      maxDeliveryCount: 10
      defaultMessageTimeToLive: 'P14D'
      deadLetteringOnMessageExpiration: true
      deadLetteringOnFilterEvaluationExceptions: true
      enableBatchedOperations: true
    }
  }
]

// A new subscription starts with a rule named $Default that accepts every message. A second rule beside it would
// still let everything through (rules are ORed), so the filter replaces $Default itself.
resource filters 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2024-01-01' = [
  for (audience, i) in audiences: {
    parent: subscriptions[i]
    name: '$Default'
    properties: {
      filterType: 'SqlFilter'
      sqlFilter: {
        sqlExpression: audience.filter
      }
    }
  }
]

output name string = namespace.name
output id string = namespace.id
// serviceBusEndpoint is https://<name>.servicebus.windows.net:443/ (or the sovereign cloud's suffix); clients want the host.
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '/')[2], ':')[0]
output alertsTopicName string = alerts.name
output alertsTopicId string = alerts.id
output subscriptionNames string[] = [for audience in audiences: audience.name]
