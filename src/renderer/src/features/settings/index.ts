/** The settings: the dialog, the gear button that opens it, and the entity type colours. */
export { SettingsButton } from './SettingsButton'
export { SettingsDialog } from './SettingsDialog'
export { applyEntityTypeStyles, useEntityTypeStyles } from './entityTypeStyles'
export * from './entityTypesForm'
