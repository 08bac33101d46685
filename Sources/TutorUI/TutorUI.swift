// The chat app as a state machine: state, events, effects, a pure reduce, and render.
