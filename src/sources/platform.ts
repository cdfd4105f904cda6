// Browser and mini-program APIs that hand PI to the code: the value passed to
// their callback (or returned / resolved) carries these categories.

export interface PlatformSourceEntry {
  /** Dotted global paths (window./globalThis. stripped). */
  globals: string[];
  categories: string[];
  /**
   * Where the PI appears: the first callback argument, the `success` callback of an options object, the
   * (awaited) result, or the property itself (`Device.modelName` of expo-device, read without a call).
   */
  via: Array<"callback" | "success" | "result" | "property">;
  description: string;
}

/** Packages whose default (or namespace) export is a platform global: `import Taro from "@tarojs/taro"` is `Taro`. */
export const PLATFORM_PACKAGES: Readonly<Record<string, string>> = {
  "@tarojs/taro": "Taro",
  // mpx's default export proxies the WeChat API (`mpx.getLocation` is wx.getLocation on every target).
  "@mpxjs/core": "wx",
  "@mpxjs/api-proxy": "wx",
  "react-native-device-info": "DeviceInfo",
  // Capacitor plugins are named exports (`import { Device } from "@capacitor/device"`): Capacitor.Device.getId.
  "@capacitor/device": "Capacitor",
  "@capacitor/geolocation": "Capacitor",
  // Quick Apps' system modules are default imports (`import device from "@system.device"`).
  "@system.geolocation": "quickapp.geolocation",
  "@system.device": "quickapp.device",
  // Meteor's core is a named export (`import { Meteor } from "meteor/meteor"`), and a global in older apps.
  meteor: "meteor",
  // Expo's device module is a namespace of constants (`import * as Device from "expo-device"`).
  "expo-device": "ExpoDevice",
};

export const PLATFORM_SOURCES: PlatformSourceEntry[] = [
  {
    globals: [
      "ExpoDevice.brand", "ExpoDevice.manufacturer", "ExpoDevice.modelName", "ExpoDevice.modelId", "ExpoDevice.designName",
      "ExpoDevice.productName", "ExpoDevice.osName", "ExpoDevice.osVersion", "ExpoDevice.osBuildId", "ExpoDevice.osInternalBuildId",
      "ExpoDevice.deviceName",
    ],
    categories: ["device.environment"],
    via: ["property"],
    description: "Expo's device constants (expo-device): brand, manufacturer, model, OS name and version, device name",
  },
  {
    globals: ["quickapp.geolocation.getLocation", "quickapp.geolocation.subscribe"],
    categories: ["location.precise"],
    via: ["success", "callback"],
    description: "Quick App geolocation (@system.geolocation): getLocation({ success }) and subscribe({ callback })",
  },
  {
    globals: ["quickapp.device.getId", "quickapp.device.getDeviceId", "quickapp.device.getUserId", "quickapp.device.getAdvertisingId", "quickapp.device.getOAID", "quickapp.device.getSerial"],
    categories: ["device.identifier"],
    via: ["success", "result"],
    description: "Quick App device identifiers (@system.device): getId({ type: ['device', 'mac'] }), getDeviceId, getUserId, getAdvertisingId, getOAID, getSerial",
  },
  {
    globals: ["quickapp.device.getInfo"],
    categories: ["device.environment"],
    via: ["success", "result"],
    description: "Quick App device information (@system.device): getInfo({ success }) gives brand, model and OS",
  },
  {
    globals: ["Meteor.userId", "meteor.Meteor.userId"],
    categories: ["account.identifier"],
    via: ["result"],
    description: "Meteor's signed-in user id: Meteor.userId() on the client and in methods",
  },
  {
    globals: ["navigator.userAgent", "navigator.userAgentData", "navigator.platform"],
    categories: ["device.environment"],
    via: ["property"],
    description: "The browser's user agent (navigator.userAgent, userAgentData) and platform: browser, OS and often the phone model",
  },
  {
    globals: ["navigator.geolocation.getCurrentPosition", "navigator.geolocation.watchPosition"],
    categories: ["location.precise"],
    via: ["callback"],
    description: "W3C Geolocation: the position passed to the success callback",
  },
  {
    globals: ["wx.getLocation", "uni.getLocation", "my.getLocation", "Taro.getLocation", "tt.getLocation", "swan.getLocation", "dd.getLocation", "ks.getLocation", "qq.getLocation", "jd.getLocation", "xhs.getLocation", "wx.getFuzzyLocation", "wx.startLocationUpdate", "wx.onLocationChange", "wx.chooseLocation", "uni.chooseLocation"],
    categories: ["location.precise"],
    via: ["success", "result", "callback"],
    description: "Mini-program location APIs",
  },
  {
    globals: ["wx.chooseAddress", "uni.chooseAddress", "my.getAddress", "Taro.chooseAddress", "swan.chooseAddress", "tt.chooseAddress", "qq.chooseAddress", "jd.chooseAddress"],
    categories: ["contact.address", "identity.name", "contact.phone"],
    via: ["success", "result"],
    description: "Mini-program shipping address picker (name, phone, address)",
  },
  {
    globals: ["wx.getUserProfile", "wx.getUserInfo", "uni.getUserProfile", "uni.getUserInfo", "my.getOpenUserInfo", "Taro.getUserProfile", "Taro.getUserInfo", "swan.getUserInfo", "tt.getUserInfo", "tt.getUserProfile", "qq.getUserInfo", "qq.getUserProfile"],
    categories: ["account.identifier", "identity.gender", "location.coarse"],
    via: ["success", "result"],
    description: "Mini-program user profile (nickname, avatar, gender, city)",
  },
  {
    globals: ["wx.getPhoneNumber", "my.getPhoneNumber", "uni.getPhoneNumber"],
    categories: ["contact.phone"],
    via: ["success", "result"],
    description: "Mini-program phone number authorisation",
  },
  {
    globals: [
      "wx.getSystemInfo", "wx.getSystemInfoSync", "wx.getDeviceInfo", "uni.getSystemInfo", "uni.getSystemInfoSync", "my.getSystemInfo", "my.getSystemInfoSync",
      "swan.getSystemInfo", "swan.getSystemInfoSync", "tt.getSystemInfo", "tt.getSystemInfoSync", "qq.getSystemInfo", "qq.getSystemInfoSync",
      "dd.getSystemInfo", "dd.getSystemInfoSync", "Taro.getSystemInfo", "Taro.getSystemInfoSync",
    ],
    categories: ["device.environment"],
    via: ["success", "result"],
    description: "Mini-program device information",
  },
  {
    globals: [
      "DeviceInfo.getUniqueId", "DeviceInfo.getAndroidId", "DeviceInfo.getSerialNumber", "DeviceInfo.getMacAddress", "DeviceInfo.getInstanceId",
      "DeviceInfo.getAndroidIdSync", "DeviceInfo.getSerialNumberSync", "DeviceInfo.getMacAddressSync", "DeviceInfo.getInstanceIdSync",
    ],
    categories: ["device.identifier"],
    via: ["result"],
    description: "React Native device identifiers (react-native-device-info)",
  },
  {
    globals: ["DeviceInfo.getPhoneNumber", "DeviceInfo.getPhoneNumberSync"],
    categories: ["contact.phone"],
    via: ["result"],
    description: "React Native device phone number (react-native-device-info)",
  },
  {
    globals: ["DeviceInfo.getIpAddress", "DeviceInfo.getIpAddressSync"],
    categories: ["network.ip"],
    via: ["result"],
    description: "React Native device IP address (react-native-device-info)",
  },
  {
    // Named here because `getModel` reads like an ORM's model factory, so a PI-like name bound to it would not count.
    globals: [
      "DeviceInfo.getModel", "DeviceInfo.getBrand", "DeviceInfo.getDeviceId", "DeviceInfo.getSystemName", "DeviceInfo.getSystemVersion",
      "DeviceInfo.getManufacturer", "DeviceInfo.getManufacturerSync", "DeviceInfo.getDeviceName", "DeviceInfo.getDeviceNameSync",
      "DeviceInfo.getCarrier", "DeviceInfo.getCarrierSync", "DeviceInfo.getUserAgent", "DeviceInfo.getUserAgentSync",
      "DeviceInfo.getFingerprint", "DeviceInfo.getFingerprintSync",
    ],
    categories: ["device.environment"],
    via: ["result"],
    description: "React Native device model, brand, OS, carrier and user agent (react-native-device-info)",
  },
  {
    globals: ["wx.startSoterAuthentication", "wx.checkIsSoterEnrolledInDevice"],
    categories: ["biometric"],
    via: ["success", "result"],
    description: "WeChat SOTER biometric authentication results",
  },
  {
    globals: ["Capacitor.Device.getId"],
    categories: ["device.identifier"],
    via: ["result"],
    description: "Capacitor (Ionic) device identifier: Device.getId() resolves to { identifier }",
  },
  {
    globals: ["Capacitor.Device.getInfo"],
    categories: ["device.environment"],
    via: ["result"],
    description: "Capacitor (Ionic) device information: model, platform, OS version",
  },
  {
    globals: ["Capacitor.Geolocation.getCurrentPosition", "Capacitor.Geolocation.watchPosition"],
    categories: ["location.precise"],
    via: ["result", "callback"],
    description: "Capacitor (Ionic) geolocation: the position getCurrentPosition() resolves to, or watchPosition passes to its callback",
  },
  {
    globals: ["navigator.contacts.select"],
    categories: ["social.contacts"],
    via: ["result"],
    description: "Contact Picker API",
  },
];
