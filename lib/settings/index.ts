export { getSetting, setSetting, type SettingKey, type SettingValue } from "./settings";
