// The fake OpenAI-compatible server and model live in TutorFakeModel (the benchmark and e2e use
// them too); tests get them with the rest of the test support.

@_exported import TutorFakeModel
