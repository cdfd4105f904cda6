// Library calls whose result holds a person's answer to a question the app asked, not data about them: a
// mini-program's confirmation dialog (`const { confirm } = await Taro.showModal(…)`), Electron's message box,
// Capacitor's confirm dialog. Stored under a PI key (`saveConsent({ preciseLocation: confirm })`) the answer is
// a choice, not the location the key names.
export interface YesNoResultEntry {
  id: string;
  /** Packages whose default export or namespace has the method (`Taro.showModal`). */
  packages: string[];
  /** Globals that have the method (`wx.showModal`). */
  globals?: string[];
  methods: string[];
  /** The result's fields that hold the answer. */
  fields: string[];
  description: string;
}

export const YES_NO_RESULTS: YesNoResultEntry[] = [
  {
    id: "miniprogram-show-modal",
    packages: ["@tarojs/taro", "@dcloudio/uni-app"],
    globals: ["wx", "uni", "Taro", "my", "tt", "qq", "swan", "jd", "ks"],
    methods: ["showModal"],
    fields: ["confirm", "cancel"],
    description: "Mini-program confirmation dialogs: wx / uni / Taro / my / tt .showModal({ title, content }) resolves to { confirm, cancel } (and `content` when editable, which stays what its key says).",
  },
  {
    id: "electron-message-box",
    packages: ["electron"],
    methods: ["showMessageBox", "showMessageBoxSync"],
    fields: ["response", "checkboxChecked"],
    description: "Electron's dialog.showMessageBox(window, { buttons }) resolves to { response, checkboxChecked }: the button pressed and the checkbox's state.",
  },
  {
    id: "capacitor-dialog",
    packages: ["@capacitor/dialog"],
    methods: ["confirm"],
    fields: ["value"],
    description: "Capacitor's Dialog.confirm({ title, message }) resolves to { value }: whether the person pressed OK.",
  },
];
