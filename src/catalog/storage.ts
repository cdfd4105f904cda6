// Client-side storage (sink kind "storage"): PI written here unmasked is
// `pi-in-client-storage`: it stays on the device, readable by any script of
// the origin (or any code of the app), long after the session.
//
// expo-secure-store and react-native-keychain are deliberately absent: they
// keep values encrypted in the platform keystore, which is the place the
// rule tells developers to use instead.
import type { SinkEntry } from "../model/catalog.js";

export const STORAGE_SINKS: SinkEntry[] = [
  {
    id: "web-storage",
    kind: "storage",
    globals: ["localStorage", "sessionStorage"],
    methods: ["setItem"],
    description: "localStorage / sessionStorage .setItem(key, value). Property assignment (`localStorage.token = v`, `sessionStorage['k'] = v`) writes the same storage and is an assignment sink.",
  },
  {
    id: "document-cookie",
    kind: "storage",
    globals: ["document.cookie"],
    assignment: true,
    description: "`document.cookie = 'k=v; …'`: the assigned string is stored in the browser and sent back with every request.",
  },
  {
    id: "js-cookie",
    kind: "storage",
    packages: ["js-cookie"],
    globals: ["Cookies"],
    methods: ["set"],
    description: "js-cookie: Cookies.set(name, value, attributes) (and instances from Cookies.withAttributes / withConverter).",
  },
  {
    id: "nativescript-application-settings",
    kind: "storage",
    packages: ["@nativescript/core", "tns-core-modules/application-settings"],
    methods: ["setString", "setNumber", "setBoolean"],
    description: "NativeScript's ApplicationSettings (SharedPreferences / NSUserDefaults, plain text on the device): ApplicationSettings.setString(key, value), setNumber, setBoolean, also imported from @nativescript/core/application-settings.",
  },
  {
    id: "capacitor-preferences",
    kind: "storage",
    packages: ["@capacitor/preferences", "@capacitor/storage"],
    methods: ["set"],
    description: "Capacitor's Preferences plugin (SharedPreferences / UserDefaults, plain text on the device): Preferences.set({ key, value }), and Storage.set of its former name @capacitor/storage.",
  },
  {
    id: "quickapp-storage",
    kind: "storage",
    packages: ["@system.storage"],
    methods: ["set"],
    description: "Quick Apps' local storage: `import storage from '@system.storage'`, storage.set({ key, value }).",
  },
  {
    id: "vueuse-storage",
    kind: "storage",
    packages: ["@vueuse/core"],
    methods: ["useStorage", "useLocalStorage", "useSessionStorage", "useStorageAsync"],
    dataArgs: [1],
    assignedMember: "value",
    description: "VueUse's storage refs: useStorage(key, initial, storage) / useLocalStorage / useSessionStorage store the initial value, and every later `ref.value = x`.",
  },
  {
    id: "jotai-storage",
    kind: "storage",
    packages: ["jotai/utils", "jotai/vanilla/utils"],
    methods: ["atomWithStorage"],
    dataArgs: [1],
    description: "Jotai's atomWithStorage(key, initial): the initial value and every value later set on the atom (its setter, or set(atom, v) in a write function) are written to localStorage.",
  },
  {
    id: "jquery-cookie",
    kind: "storage",
    packages: ["jquery"],
    globals: ["$.cookie", "jQuery.cookie"],
    methods: ["()", "cookie"],
    dataArgs: [1],
    description: "The jquery.cookie plugin: $.cookie(name, value, options) writes a cookie (a read, $.cookie(name), gives it nothing to store), on the global jQuery or on an imported one (`import $ from 'jquery'; import 'jquery.cookie'`).",
  },
  {
    id: "angularjs-cookies",
    kind: "storage",
    globals: ["$cookies"],
    methods: ["put", "putObject"],
    description: "AngularJS's injected $cookies (ngCookies): $cookies.put(key, value, options) and putObject(key, object, options) write browser cookies.",
  },
  {
    id: "universal-cookie",
    kind: "storage",
    packages: ["universal-cookie", "react-cookie"],
    methods: ["set"],
    description: "universal-cookie / react-cookie: `new Cookies().set(name, value, options)` (react-cookie re-exports the class). The `cookies` prop of withCookies and the setter of useCookies() are typed, not imported, values.",
  },
  {
    id: "indexeddb",
    kind: "storage",
    globals: ["indexedDB"],
    methods: ["put", "add"],
    description:
      "The raw IndexedDB API: the engine follows a database from indexedDB.open(…) (request.result / onsuccess) through db.transaction(…).objectStore(…) and matches objectStore(…).put(value) / add(value).",
  },
  {
    id: "idb",
    kind: "storage",
    packages: ["idb", "idb-keyval"],
    methods: ["put", "add", "set", "setMany", "update"],
    description: "idb: db.put/add(store, value) and tx.objectStore(store).put/add on databases from openDB(); idb-keyval set/setMany/update.",
  },
  {
    id: "localforage",
    kind: "storage",
    packages: ["localforage"],
    methods: ["setItem"],
    description: "localForage: localforage.setItem(key, value) and the same on instances from createInstance().",
  },
  {
    id: "dexie",
    kind: "storage",
    packages: ["dexie"],
    methods: ["put", "add", "bulkPut", "bulkAdd", "update", "bulkUpdate", "modify"],
    description: "Dexie.js: table.put/add/bulkPut/bulkAdd/update on tables of a `new Dexie(name)` database (db.table(name) or a declared Table property), and collection.modify.",
  },
  {
    id: "mini-program-storage",
    kind: "storage",
    globals: [
      "wx.setStorage", "wx.setStorageSync", "uni.setStorage", "uni.setStorageSync", "my.setStorage", "my.setStorageSync",
      "swan.setStorage", "swan.setStorageSync", "tt.setStorage", "tt.setStorageSync", "qq.setStorage", "qq.setStorageSync",
      "jd.setStorage", "jd.setStorageSync", "ks.setStorage", "ks.setStorageSync", "dd.setStorage", "dd.setStorageSync",
      "xhs.setStorage", "xhs.setStorageSync",
    ],
    description: "Mini-program local storage: wx / uni / my / swan / tt / qq / jd / ks / dd (DingTalk) / xhs (Xiaohongshu) .setStorage({ key, data }) and .setStorageSync(key, data).",
  },
  {
    id: "taro-storage",
    kind: "storage",
    packages: ["@tarojs/taro"],
    methods: ["setStorage", "setStorageSync"],
    description: "Taro.setStorage({ key, data }) / Taro.setStorageSync(key, data) from @tarojs/taro.",
  },
  {
    id: "mpx-storage",
    kind: "storage",
    packages: ["@mpxjs/core", "@mpxjs/api-proxy"],
    methods: ["setStorage", "setStorageSync"],
    description: "Didi's mpx mini-program framework: mpx.setStorage({ key, data }) / mpx.setStorageSync(key, data) (the platform's storage through its API proxy).",
  },
  {
    id: "async-storage",
    kind: "storage",
    packages: ["@react-native-async-storage/async-storage", "@react-native-community/async-storage"],
    methods: ["setItem", "multiSet", "mergeItem", "multiMerge"],
    description: "React Native AsyncStorage: setItem(key, value), multiSet([[k, v]]), mergeItem, multiMerge: unencrypted files on the device.",
  },
  {
    id: "react-native-mmkv",
    kind: "storage",
    packages: ["react-native-mmkv"],
    methods: ["set"],
    description: "react-native-mmkv: storage.set(key, value) on a `new MMKV()` / createMMKV() instance (unencrypted unless an encryptionKey is configured).",
  },
  {
    id: "quasar-storage",
    kind: "storage",
    packages: ["quasar"],
    methods: ["set"],
    description:
      "Quasar's web storage and cookie plugins: LocalStorage.set(key, value), SessionStorage.set(…) and Cookies.set(name, value, options), imported from 'quasar' or reached as useQuasar()'s $q.localStorage / $q.sessionStorage / $q.cookies. (Quasar's other `set` calls, Dark.set(true) or Lang.set(pack), are given no personal data.)",
  },
  {
    id: "cocos-storage",
    kind: "storage",
    packages: ["cc"],
    globals: ["cc.sys.localStorage"],
    methods: ["setItem"],
    description: "Cocos Creator's sys.localStorage.setItem(key, value) (imported `sys` from 'cc' in 3.x, the global cc.sys in 2.x): the browser's or mini-game platform's local storage.",
  },
];
