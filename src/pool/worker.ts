// The worker-thread entry of a split scan: tinypool calls the default export
// with one group's task and sends back its plain-data result.
import { analyseGroup, type GroupResult, type GroupTask } from "./group-task.js";

export default function run(task: GroupTask): GroupResult {
  return analyseGroup(task);
}
