import { describe, expect, it } from "vitest";
import { loadTaxonomy } from "../../src/taxonomy/index.js";

const tax = loadTaxonomy();
const cats = (name: string, owner?: string): string[] => tax.classify(name, owner ? { owner } : undefined).categories;

// For every taxonomy id: names that must match it, and false friends that must not.
const CASES: Array<[id: string, match: string[], falseFriends: string[]]> = [
  ["identity.name", ["xingming", "xm", "fullName", "customerName", "姓名", "displayName", "guardianName", "senderName", "courierName", "candidateName", "cardHolder", "accountHolder", "chikaren", "tuanzhangName", "leaderName", "huming", "lianxiren", "联系人", "pinyin_name", "cleanerName", "tbrXm", "bbrXm", "syrXm", "colleagueName", "neighborName", "tongshiXingming"], ["fileName", "leaderboardName", "tenantName", "appName", "className", "eventName", "enumMemberName", "relativePath"]],
  ["identity.birth_date", ["birthDate", "date_of_birth", "csny", "userAge", "ageBand", "出生日期", "childAgeMonth", "ageYears", "ageInMonths"], ["maxAge", "birthtime", "cacheAge", "maxAgeDays", "cacheAgeDays"]],
  ["identity.gender", ["gender", "xb", "xbdm", "性别", "userSex"], ["genderOptions", "sexValidator"]],
  ["identity.ethnicity", ["mzdm", "ethnicity", "nation", "民族"], ["raceCondition", "nationalHolidays", "raceName", "raceDate", "raceCode", "raceId"]],
  ["identity.national_id", ["sfzh", "idCardNo", "ID_CARD_NO", "zjhm", "证件号码", "shenfenzhenghao"], ["orderIdNumber", "idx", "identityProvider"]],
  ["identity.id_document", ["huzhao", "passportNo", "idCardBase64", "idCardFrontUrl", "sfzzm", "driverLicense"], ["passportStrategy"]],
  ["identity.specific", ["canjiren", "disabilityType", "criminalRecord", "hasDisability"], ["isDisabled", "disabledState"]],
  ["contact.phone", ["shoujihao", "lxdh", "mobile", "phoneNumber", "emergencyContactPhone", "guardianMobile", "手机号", "jjlxrdh", "PhoneNumberSet"], ["phoneModel", "mobileMenuOpen", "isMobile", "hotel", "telemetry", "hospitalPhone", "yiyuanDianhua"]],
  ["contact.email", ["email", "CUSTOMER_EMAIL", "x-auth-request-email", "youxiang", "邮箱", "e_mail"], ["emailTemplate", "EMAIL_REGEX", "SUPPORT_EMAIL", "isEmailVerified", "mailer", "邮箱模板"]],
  ["contact.address", ["address", "dizhi", "shippingAddress", "zipCode", "addressLine1", "收货地址", "pastedAddress", "selectedAddress", "rawAddr", "pickupAddress", "dropoffAddress", "doorplate", "serviceAddress", "service_address", "fuwudizhi", "上门地址", "propertyAddress", "houseAddress"], ["addressBar", "serverAddress", "ipAddress", "macAddress", "addressBook", "reuseAddr", "listenAddress", "walletAddress", "grpcServiceAddress", "webServiceAddress"]],
  ["account.identifier", ["userId", "FromUserName", "openid", "uid", "username", "nickname", "wechatId", "zhanghao", "weChatId", "courierId", "claimantId", "lesseeId", "会员卡号", "memberCardNo", "huiyuankahao", "jiuzhenkahao", "ybkh", "医保卡号", "就诊卡号", "medicalCardNo", "shebaokahao", "lineUserId", "staffId", "employeeId"], ["lineId", "courierCode", "orgId", "jobId", "requestId", "traceId", "accountLockoutThreshold", "tenantId", "screenName"]],
  ["account.credential", ["password", "userSig", "mima", "accessToken", "smsCode", "verifyCode", "yzm", "passwordHash"], ["passwordPolicy", "passwordMinLength", "JWT_SECRET", "TOKEN_TTL", "tokenizer", "clientSecret", "DOMTokenList"]],
  ["financial.bank_card", ["yhkh", "cardNo", "bankCard", "cvv", "debitCard", "银行卡号", "bankCardImage", "creditCardPhoto", "bankCardBase64"], ["cardImage", "bankCardImageUrlTitle", "cardBorderRadius", "discardChanges", "simCard", "panX", "cardHolder", "kaihuhang", "开户行", "bankName", "jiuzhenkahao", "ybkh", "医保卡号", "insuranceCardNo"]],
  ["financial.transaction", ["jyjl", "paymentHistory", "payHistory", "payRecords", "purchaseHistory", "creditScore", "accountBalance"], ["dbTransaction", "TRANSACTION_TIMEOUT_MS", "loadBalancer", "lateFee"]],
  ["device.identifier", ["imei", "fcmToken", "apnsToken", "DEVICE_ID", "idfa", "oaid", "wifiMac", "macAddress", "deviceSerialNo", "deviceSerialNumber", "simSerial", "pushCid", "getuiCid", "registerID"], ["macOS", "cashRegisterId", "hmacKey", "mediaDevices", "serialNo", "invoiceSerialNum", "serial_number"]],
  ["device.environment", ["userAgent", "phoneModel", "appList", "systemInfo", "osVersion", "deviceType"], ["userAgentParser", "sdkVersion"]],
  ["network.ip", ["ip", "ipAddress", "clientIp", "cf-connecting-ip", "x-forwarded-for", "registerIp", "IPv6"], ["ipv6Enabled", "ipcRenderer", "IP_WHITELIST", "serverIp", "strip"]],
  ["location.precise", ["latitude", "lng", "jingweidu", "userLocation", "geoPoint", "经纬度"], ["locationHash", "shaderLocation", "fileLocation", "lateFee", "translateX"]],
  ["location.trajectory", ["trajectory", "xingdongguiji", "trackPoints", "travelHistory", "轨迹", "routePoints", "gpsPoints"], ["trackingEnabled", "trackIndex", "routeName", "plannedRoute"]],
  ["location.coarse", ["userCity", "province", "chengshi", "suozaidi", "ipLocation"], ["regionEndpoint", "cityList", "defaultCountry", "cityCode", "adcode", "districtCode", "chengshidaima", "countryCode", "phoneCountryCode"]],
  ["activity.service_log", ["lastLoginAt", "last_login_time", "loginRecords", "caozuorizhi", "登录记录", "last_checkin_at", "checkinAt", "checkinRecords"], ["loginPageUrl", "createdAt", "deletedAt"]],
  ["activity.browsing", ["viewHistory", "recentlyViewed", "sousuojilu", "shoucangjia", "searchHistory"], ["historyApiFallback", "viewCount", "searchDebounceMs"]],
  ["biometric", ["renlian", "faceVideo", "faceFeature", "fingerprint", "voiceprint", "palmPrint", "人脸", "zhiwenTezheng", "fingerprintFeatures", "voiceprintSample", "renlianTupian"], ["sshKeyFingerprint", "fontFace", "BIOMETRIC_PROMPT_TITLE", "RTCDtlsFingerprint"]],
  ["health", ["diagnosis", "zhenduan", "medications", "bloodType", "allergies", "病历", "healthConclusion", "medicalFindings", "symptomDescription", "healthDeclaration", "menstrualCycle", "jingqi", "月经", "semang", "视力", "symptomDesc", "medicalRecordImg", "jiankangGaozhi", "healthNotice", "bingliJilu", "hasDiabetes", "hasHeartIssue", "hypertension", "糖尿病", "preExistingConditions", "isSmoker", "既往症", "healthCheckReport", "annualCheckup", "tizhong", "xinlv", "shangqing", "injuryDesc", "伤情", "zhusu", "chiefComplaint", "主诉", "jiwangshi", "体检报告", "jianchaJielun", "jianyanJieguo", "huayandan", "zongjian", "zongjianJielun", "总检结论", "zhenduanZhaiyao", "bingliXiangqing", "lastPeriodDate", "lmpDate", "gestationWeek", "treatmentPlan", "carePlan", "zhiliaoFangan", "治疗方案", "examConclusion", "medicalExamResult", "physicalExamination", "healthAnswers", "jiankangWenjuan", "hemoglobin", "systolic", "spo2", "血红蛋白", "xuehongdanbai", "healthReportPdf", "medicalRecordScan"], ["体检机构", "体检套餐", "lastPeriod", "pricePlan", "healthPlanId", "billingPeriod", "healthCheck", "healthCheckResult", "healthCheckUrl", "healthz", "systemHealth", "weightedRandom"]],
  ["belief.religion", ["zongjiao", "religion", "faith", "religiousBelief", "宗教信仰"], ["beliefPropagation"]],
  ["minor", ["isUnder14", "儿童数据", "guardian", "jianhuren", "childName", "ertongxinxi", "studentId", "xuesheng", "childPhone", "孩子姓名", "学生手机号", "kid", "kids"], ["minorVersion", "minorUnit", "childRoutes", "childNodes", "children", "studentCount", "家长手机号", "kidsMode", "儿童数", "儿童人数"]],
  ["employment_education", ["occupation", "educationLevel", "gonghao", "employeeNo", "xuehao", "banji", "nianji", "jobTitle", "学历", "gongzuoDanwei", "suozaiDanwei", "examScore", "examResult"], ["gradeScale", "className", "majorVersion", "degreesToRadians", "homeworkId", "workflowId", "danwei"]],
  ["social.contacts", ["familyMembers", "addressBook", "contacts", "haoyou", "jjlxr", "emergencyContact", "通讯录", "联系人列表"], ["familyMember", "contactType", "relationshipMap", "guanxi", "relation"]],
  ["social.communication", ["liuyan", "chatHistory", "messageContent", "call_records", "duanxinneirong", "聊天记录", "msgText", "messageText"], ["friendlyErrorMessage", "messageBus", "validationMessage", "errorMessage", "errorMessageText", "toastMessageText", "messageBody"]],
];

describe("classify: every taxonomy id", () => {
  it("covers every id of CONTRACT §4", () => {
    const ids = tax.categories().map((c) => c.id);
    for (const [id] of CASES) expect(ids).toContain(id);
    expect(new Set(CASES.map(([id]) => id)).size).toBe(29);
  });

  for (const [id, matches, friends] of CASES) {
    describe(id, () => {
      it.each(matches)(`%s → ${id}`, (name) => {
        expect(cats(name)).toContain(id);
      });
      it.each(friends)(`%s is not ${id}`, (name) => {
        expect(cats(name)).not.toContain(id);
      });
    });
  }
});

describe("classify: application data and metadata are not PI", () => {
  it.each([
    "DB_PASSWORD",
    "JWT_SECRET",
    "SUPPORT_EMAIL",
    "passwordMinLength",
    "EMAIL_REGEX",
    "emailTemplate",
    "viewCount",
    "isEmailVerified",
    "trackingEnabled",
    "createdAt",
    "maskedPhone",
    "validateEmail",
    "hasPhone",
    "MAX_RETRIES",
    "UserProfileCard",
    "备注",
    "name",
    "roomNo",
    "room_number",
    "schoolCode",
    // An advertiser is the app's company in an ad platform, not a device's advertising id.
    "advertiserId",
  ])("%s → []", (name) => {
    expect(cats(name)).toEqual([]);
  });

  it("but an application never owns a person's document, birth date or health: an app prefix does not clear those", () => {
    expect(cats("senderIdCardNo")).toEqual(["identity.national_id"]);
    expect(cats("senderBirthDate")).toEqual(["identity.birth_date"]);
    expect(cats("SUPPORT_PHONE")).toEqual([]);
    expect(cats("defaultCountry")).toEqual([]);
  });
});

describe("classify: owners", () => {
  it("a state store named for what it holds is that owner; a bare store is a shop", () => {
    expect(cats("mobile", "userStore")).toEqual(["contact.phone"]);
    expect(cats("accessToken", "authStore")).toEqual(["account.credential"]);
    expect(cats("name", "memberStore")).toEqual(["identity.name"]);
    expect(cats("phone", "store")).toEqual([]);
  });

  it("a tenant may be a renter or a customer organisation: its attributes decide, and its bare id and name are not PI", () => {
    expect(cats("xingming", "tenant")).toEqual(["identity.name"]);
    expect(cats("phone", "tenant")).toEqual(["contact.phone"]);
    expect(cats("tenantId")).toEqual([]);
    expect(cats("name", "tenant")).toEqual([]);
  });

  it("a bare name is identity.name only for a person owner", () => {
    expect(cats("name", "customer")).toEqual(["identity.name"]);
    expect(cats("name", "currentUser")).toEqual(["identity.name"]);
    // The person a health check or a visit is for (体检人, 就诊人).
    expect(cats("examineeName")).toEqual(["identity.name"]);
    expect(cats("name", "examinee")).toEqual(["identity.name"]);
    expect(cats("tijianrenXingming")).toEqual(["identity.name"]);
    expect(cats("name", "yonghu")).toEqual(["identity.name"]);
    // People one knows (a colleague picked from the company directory, a neighbour).
    expect(cats("name", "colleagues")).toEqual(["identity.name"]);
    expect(cats("phone", "neighbour")).toEqual(["contact.phone"]);
    expect(cats("name", "product")).toEqual([]);
    expect(cats("name", "file")).toEqual([]);
    expect(cats("name")).toEqual([]);
  });

  it("a field of the app's or an organisation's own record reads as the prefixed name", () => {
    expect(cats("phone", "store")).toEqual(cats("storePhone"));
    expect(cats("phone", "store")).toEqual([]);
    expect(cats("email", "company")).toEqual([]);
    expect(cats("address", "merchantInfo")).toEqual([]);
    expect(cats("phone", "customer")).toEqual(["contact.phone"]);
    expect(cats("phone", "order")).toEqual(["contact.phone"]);
    // A job posting's city and title are the employer's; the owner never adds PI (`job` + `title` ≠ jobTitle).
    expect(cats("city", "job")).toEqual([]);
    expect(cats("title", "job")).toEqual([]);
    expect(cats("jobTitle", "posting")).toEqual([]);
    expect(cats("jobTitle")).toEqual(["employment_education"]);
    // A bare id is no person's account id by itself (the corpus's convention), whoever owns it.
    expect(cats("id", "user")).toEqual([]);
    // A qualified job is a queue's unit of work: its fields are the person's it is about.
    expect(cats("payeeName", "ClaimJob")).toEqual(["identity.name"]);
    expect(cats("city", "exportJobs")).toEqual(["location.coarse"]);
    expect(cats("phone", "hospital")).toEqual([]);
    // A tally's fields are numbers of things (Prisma's `_count.prescriptions`), as `prescriptionCount` is.
    expect(cats("prescriptions", "_count")).toEqual([]);
    expect(cats("prescriptionCount")).toEqual([]);
    expect(cats("prescriptions")).toEqual(["health"]);
    expect(cats("phone", "counts")).toEqual([]);
    // A collection is owned as its members are.
    expect(cats("tel", "clinics")).toEqual([]);
    expect(cats("address", "branches")).toEqual([]);
    expect(cats("name", "customers")).toEqual(["identity.name"]);
    expect(cats("address", "users")).toEqual(["contact.address"]);
    expect(cats("address", "members")).toEqual(["contact.address"]);
    // A map search's points of interest are places: their address and phone are the place's.
    expect(cats("address", "pois")).toEqual([]);
    expect(cats("tel", "poi")).toEqual([]);
    // A courier's outlet (网点, wangdian) is the company's: its address is not a person's.
    expect(cats("wangdianDizhi")).toEqual([]);
    // A record kept in a store is someone's (TypeORM's event.databaseEntity); the store's own settings are the app's.
    expect(cats("xingming", "databaseEntity")).toEqual(["identity.name"]);
    expect(cats("password", "database")).toEqual([]);
    // A wedding's couple are persons (bride, groom, 新娘 xinniang, 新郎 xinlang).
    expect(cats("brideName")).toEqual(["identity.name"]);
    expect(cats("groom_phone")).toEqual(["contact.phone"]);
    // Nursing records (护理记录) are health records.
    expect(cats("huliJilu")).toEqual(["health"]);
    expect(cats("nursingNotes")).toEqual(["health"]);
    // A thing's condition or quality grade is no school record.
    expect(cats("conditionGrade")).toEqual([]);
    // A bare score or ranking read through a student is a school record (labelling rule 11).
    expect(cats("lastScore", "Student")).toEqual(["employment_education", "minor"]);
    expect(cats("rank", "xuesheng")).toEqual(["employment_education", "minor"]);
    expect(cats("score", "game")).toEqual([]);
    expect(cats("lastScore")).toEqual([]);
    // An owner may say which PI a name is: a socket handshake's address is the client's IP.
    expect(cats("address", "handshake")).toEqual(["network.ip"]);
    expect(cats("headers", "handshake")).toEqual([]);
    // An organisation's own contact data, in English, pinyin or Chinese.
    expect(cats("jigouDizhi")).toEqual([]);
    expect(cats("机构地址")).toEqual([]);
    expect(cats("门店联系电话")).toEqual([]);
    expect(cats("收货地址")).toEqual(["contact.address"]);
    // A loan or job application is a person's, not the software application's.
    expect(cats("shoujihao", "LoanApplication")).toEqual(["contact.phone"]);
    expect(cats("email", "SubmitApplicationDto")).toEqual(["contact.email"]);
    // `dev` holding fields is a device (`dev: DeviceInfo`), not development: its model and id are the user's device's.
    expect(cats("phoneModel", "dev")).toEqual(["device.environment"]);
    expect(cats("deviceId", "dev")).toEqual(["device.identifier"]);
    expect(cats("phone", "devops")).toEqual([]);
    // A field that completes its owner's name is what the whole name says (Meteor's `user.emails[0].address`).
    expect(cats("address", "emails")).toEqual(["contact.email"]);
    expect(cats("address", "ip")).toEqual(["network.ip"]);
    expect(cats("address", "mac")).toEqual(["device.identifier"]);
    expect(cats("address", "home")).toEqual(["contact.address"]);
    expect(cats("address", "shipping")).toEqual(["contact.address"]);
    // An animal's or a thing's attributes are not a person's, unless they name its keeper.
    expect(cats("petAgeMonths")).toEqual([]);
    expect(cats("dogVaccineRecord")).toEqual([]);
    expect(cats("age", "pet")).toEqual([]);
    expect(cats("chongwuNianling")).toEqual([]);
    expect(cats("petOwnerPhone")).toEqual(["contact.phone"]);
    expect(cats("carOwnerName")).toEqual(["identity.name"]);
    expect(cats("phone", "petOwner")).toEqual(["contact.phone"]);
    // Infrastructure credentials and config objects are the application's own.
    expect(cats("password", "sftp")).toEqual([]);
    expect(cats("username", "conf")).toEqual([]);
    expect(cats("password", "user")).toEqual(["account.credential"]);
    // An organisation's people are people (the attribute decides whose data it is, labelling rule 7); its
    // account, contact and the app's machinery or stand-ins stay its own.
    expect(cats("partnerUserIds")).toEqual(["account.identifier"]);
    expect(cats("clinicPatientName")).toEqual(["identity.name"]);
    expect(cats("shopOwnerPhone")).toEqual(["contact.phone"]);
    expect(cats("appUserId")).toEqual(["account.identifier"]);
    expect(cats("clinicPhone")).toEqual([]);
    expect(cats("partnerPhone")).toEqual([]);
    expect(cats("companyContactPhone")).toEqual([]);
    expect(cats("merchantAccountNo")).toEqual([]);
    expect(cats("systemUserId")).toEqual([]);
    expect(cats("testUserId")).toEqual([]);
    expect(cats("dbUsername")).toEqual([]);
    // A record named for an action (a card-binding form) holds what the action is given.
    expect(cats("cardNo", "CardBindForm")).toEqual(["financial.bank_card"]);
    expect(cats("holderName", "CardBind")).toEqual(["identity.name"]);
    expect(cats("bindCardNo")).toEqual([]);
    // A person's record named for what is done to it is still the person's.
    expect(cats("name", "UpdateProfileDto")).toEqual(["identity.name"]);
    expect(cats("name", "ProfileInfo")).toEqual(["identity.name"]);
    // A file's name, even of a person's upload, is not the person's name.
    expect(cats("fileName", "Renter")).toEqual([]);
    expect(cats("attachmentName", "Patient")).toEqual([]);
    // A record with another attached (a Prisma payload with an include) is the first one's, not the attached one's.
    expect(tax.isOwnRecord("WorkerWithShop")).toBe(false);
    expect(tax.isOwnRecord("ShopWithWorkers")).toBe(true);
    expect(cats("xingming", "WorkerWithShop")).toEqual(["identity.name"]);
    // A name that starts with a word of the application's own holds the application's value.
    expect(tax.isAppNamed("adminSig")).toBe(true);
    expect(tax.isAppNamed("serverToken")).toBe(true);
    expect(tax.isAppNamed("userSig")).toBe(false);
    expect(tax.isAppNamed("adminUserId")).toBe(false);
    // A consent record's flags are consents to kinds of data, not the data.
    expect(cats("health", "ConsentState")).toEqual([]);
    // …nor is its `guardian` flag a statement about a child: a person word that is the whole match does not
    // make a thing's field a person's again (a keeper before it does: petOwnerPhone).
    expect(cats("guardian", "ConsentState")).toEqual([]);
    expect(cats("consentGuardian")).toEqual([]);
    expect(cats("guardian")).toEqual(["minor"]);
    // A device identifier is never the application's own: a system info's deviceId is the user's device's.
    expect(cats("deviceId", "systemInfo")).toEqual(["device.identifier"]);
    expect(cats("sysDeviceId")).toEqual(["device.identifier"]);
    expect(cats("model", "systemInfo")).toEqual([]);
    // A check-up's abnormal items and results, and a doctor's orders (医嘱), are health data; an exam's result is a score.
    expect(cats("abnormalFindings")).toEqual(["health"]);
    expect(cats("checkupResults")).toEqual(["health"]);
    expect(cats("doctorAdvice")).toEqual(["health"]);
    expect(cats("yizhu")).toEqual(["health"]);
    expect(cats("医嘱")).toEqual(["health"]);
    expect(cats("examResult")).toEqual(["employment_education"]);
    // A set of a health record's images or files is the record.
    expect(cats("bingliImgs")).toEqual(["health"]);
    expect(cats("healthCheckUrl")).toEqual([]);
    expect(cats("danduMedical", "ConsentSnapshot")).toEqual([]);
    expect(cats("phone", "UserSnapshot")).toEqual(["contact.phone"]);
    expect(cats("consentHealth")).toEqual([]);
    // It only re-reads a field that is PI already: the owner adds none.
    expect(cats("number", "phone")).toEqual([]);
    expect(cats("code", "sms")).toEqual([]);
  });

  it("a child owner adds minor", () => {
    expect(cats("name", "Student")).toEqual(["identity.name", "minor"]);
    expect(cats("shoujihao", "xuesheng")).toEqual(["contact.phone", "minor"]);
    expect(cats("shoujihao", "jianhuren")).toEqual(["contact.phone"]);
  });

  it.each([
    ["customer", true],
    ["currentUser", true],
    ["UserProfile", true],
    ["PatientDTO", true],
    ["huiyuan", true],
    ["userAgent", false],
    ["product", false],
    ["config", false],
  ])("isPersonOwner(%s) = %s", (name, expected) => {
    expect(tax.isPersonOwner(name)).toBe(expected);
  });

  it.each([
    ["student", true],
    ["Student", true],
    ["ChildProfile", true],
    ["ChildDraft", true],
    ["childDraftCache", true],
    ["children", true],
    ["kid", true],
    ["xuesheng", true],
    ["ertong", true],
    ["xueshengxinxi", true],
    ["minorPlayer", true],
    ["childUser", true],
    ["childRoutes", false],
    ["minorVersionUser", false],
    ["user", false],
    ["minorVersion", false],
  ])("isMinorOwner(%s) = %s", (name, expected) => {
    expect(tax.isMinorOwner(name)).toBe(expected);
  });
});

describe("classify: reasons", () => {
  it("names the matched pattern", () => {
    expect(tax.classify("shoujihao").reason).toBe('token "shoujihao" → contact.phone (pinyin)');
    expect(tax.classify("ipAddress").reason).toBe('tokens "ip address" → network.ip');
    expect(tax.classify("手机号").reason).toBe('Chinese key "手机号" → contact.phone');
    expect(tax.classify("customerId").reason).toContain('(pattern "{person} id")');
  });
  it("names the exclusion", () => {
    expect(tax.classify("emailTemplate").reason).toBe('excluded: "emailTemplate" is metadata (suffix "template")');
    expect(tax.classify("SUPPORT_EMAIL").reason).toContain('application\'s own, not a person\'s (prefix "support")');
    expect(tax.classify("loadBalance").reason).toBe('excluded: "loadBalance" matches the financial.transaction exclusion "load balance"');
    expect(tax.classify("xyzzy").reason).toBe("not personal information: no pattern matched");
  });
  it("returns the name and a fresh array each time (memoized results are not shared)", () => {
    const a = tax.classify("email");
    a.categories.push("x");
    expect(tax.classify("email")).toEqual({ name: "email", categories: ["contact.email"], reason: 'token "email" → contact.email' });
  });
});

describe("taxonomy metadata", () => {
  it("gives labels, sensitivity and legal basis", () => {
    const phone = tax.category("contact.phone");
    expect(phone?.sensitive).toBe(false);
    expect(phone?.legalBasis.some((b) => b.includes("MIIT Order 24 Art. 4"))).toBe(true);
    for (const c of tax.categories()) {
      expect(c.label).not.toBe("");
      expect(c.legalBasis.length).toBeGreaterThan(0);
    }
  });
  it("sensitivity follows PIPL Art. 28 / GB/T 45574 and is inherited by children", () => {
    for (const id of ["identity.id_document", "identity.specific", "financial.bank_card", "financial.transaction", "location.precise", "location.trajectory", "biometric", "health", "belief.religion", "minor"])
      expect(tax.isSensitive(id)).toBe(true);
    for (const id of ["identity.national_id", "contact.phone", "location.coarse", "network.ip", "account.identifier"]) expect(tax.isSensitive(id)).toBe(false);
    expect(tax.isSensitive("location.precise.home")).toBe(true);
    expect(tax.isSensitive("contact.address.street")).toBe(false);
    expect(tax.category("nope")).toBeUndefined();
  });
});
