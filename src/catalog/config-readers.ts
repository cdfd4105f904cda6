// Configuration readers: what they give is a deployment's setting or secret, the application's own, never
// a person's data, whatever the key says (`config.getOrThrow('DINGTALK_ROBOT_TOKEN')` is the app's robot
// token, labelling rule 4), as `process.env.X` already is. A default given with the key
// (`config.get('CRM_URL', 'https://crm.example.cn')`) is still the URL a request built on it goes to.
export interface ConfigReaderEntry {
  id: string;
  packages: string[];
  /** Global objects the methods are called on instead (`Deno.env.get('WX_SECRET')`). */
  globals?: string[];
  methods: string[];
  /**
   * Every object of the package is the settings themselves (`cfg.crm.token` of a `cfg: ConfigType<typeof
   * appConfig>` injected by @nestjs/config): its properties are settings too. Not for a framework that also
   * reads configuration (ThinkJS), whose other objects hold requests.
   */
  settingsObjects?: true;
  description: string;
}

export const CONFIG_READERS: ConfigReaderEntry[] = [
  {
    id: "nestjs-config",
    packages: ["@nestjs/config"],
    methods: ["get", "getOrThrow"],
    settingsObjects: true,
    description: "NestJS: ConfigService.get(key, default) / getOrThrow(key) of the injected ConfigService, and a namespace injected as `ConfigType<typeof appConfig>` (its properties).",
  },
  {
    id: "node-config",
    packages: ["config"],
    methods: ["get"],
    description: "node-config: config.get('db.password') of `import config from 'config'`.",
  },
  {
    id: "convict",
    packages: ["convict"],
    methods: ["get"],
    description: "convict: conf.get('sms.token') of a convict(schema) configuration.",
  },
  {
    id: "nconf",
    packages: ["nconf"],
    methods: ["get"],
    description: "nconf: nconf.get('REDIS_PASSWORD') of the hierarchical configuration.",
  },
  {
    id: "runtime-env",
    packages: [],
    globals: ["Deno.env", "Bun.env"],
    methods: ["get", "toObject"],
    description: "The process environment of Deno (Supabase Edge Functions, Deno Deploy) and Bun: Deno.env.get('WX_APPSECRET'), Deno.env.toObject().",
  },
  {
    id: "adonis-env",
    packages: ["@adonisjs/core/env", "@adonisjs/env"],
    methods: ["get"],
    description: "AdonisJS: env.get('WECHAT_APP_SECRET') of the validated environment start/env.ts makes with Env.create(…).",
  },
  {
    id: "thinkjs-config",
    packages: ["thinkjs"],
    methods: ["config"],
    description: "ThinkJS 3: think.config('jpush') and a controller's or service's this.config(key), read from src/config/*.js.",
  },
];
