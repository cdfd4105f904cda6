// Platform objects a method fills with what it is given, read back later through a property: a FileReader's
// `readAsDataURL(file)` puts the file's content in `reader.result` (read in its `onload`). Without an entry,
// the base64 of an ID-card photo read so would be a string we know nothing of.
export interface FillerEntry {
  id: string;
  /** Constructors of the filled object (`new FileReader()`). */
  globals: string[];
  methods: string[];
  /** The property that holds what the methods were given. */
  property: string;
  description: string;
}

export const FILLERS: FillerEntry[] = [
  {
    id: "file-reader",
    globals: ["FileReader", "FileReaderSync"],
    methods: ["readAsDataURL", "readAsArrayBuffer", "readAsText", "readAsBinaryString"],
    property: "result",
    description: "The DOM FileReader: readAsDataURL(blob) / readAsArrayBuffer / readAsText / readAsBinaryString put the blob's content in reader.result.",
  },
];
