// The options and output helpers chattutor shares with chattutor-serve (in TutorCommandLine),
// under their short names in every command's file.

import TutorCommandLine

typealias LLMOptions = TutorCommandLine.LLMOptions
typealias OutputFormat = TutorCommandLine.OutputFormat
typealias OutputBuffer = TutorCommandLine.OutputBuffer
