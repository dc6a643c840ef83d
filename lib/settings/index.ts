export { getSetting, setSetting, type SettingKey, type SettingValue } from "./settings";
export { changeSetting, changeSettingSchema, setPublisherChangeLog, publisherChangeLogSchema } from "./change-setting";
