// Cold start, Node side: the official SDK sends the same push to the local responder, then exits.
// usage: node cold-push.js BASE_URL PATH_TO_node_modules/activitysmith
// The SDK takes no base URL (its constructor omits basePath and the generated runtime's default is
// the production URL), so the global fetch it calls is wrapped to send that URL's requests to BASE_URL.
const [, , baseUrl, sdkPath] = process.argv;
const realFetch = globalThis.fetch;
globalThis.fetch = (url, init) => realFetch(String(url).replace("https://activitysmith.com/api", baseUrl), init);
const ActivitySmith = require(sdkPath);

const client = new ActivitySmith({ apiKey: "ask_bench" });
client.notifications
  .send({
    title: "Deploy waiting",
    message: "Approve v2.4.0?",
    actions: [
      { title: "Approve", type: "webhook", url: "https://ci.example.com/hooks/approve", method: "POST", body: { release: "v2.4.0" } },
      { title: "Open pipeline", type: "open_url", url: "https://ci.example.com/pipelines/812" },
      { title: "Log it", type: "open_url", url: "shortcuts://run-shortcut?name=Deploy%20Log" },
    ],
    target: { channels: ["releases"] },
    tags: ["deploy"],
  })
  .then((r) => console.log("sent: " + JSON.stringify(r)))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
