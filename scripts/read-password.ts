/**
 * A password for a CLI: SANIMAP_PASSWORD when set (scripts), else typed at the terminal without
 * echo, or one line of piped stdin.
 */
export async function readPassword(prompt: string): Promise<string> {
	const given = process.env.SANIMAP_PASSWORD;
	if (given !== undefined) return given;
	const stdin = process.stdin;
	if (!stdin.isTTY) {
		let text = '';
		for await (const chunk of stdin) text += String(chunk);
		return text.split(/\r?\n/)[0];
	}
	process.stdout.write(prompt);
	stdin.setRawMode(true);
	stdin.setEncoding('utf8');
	return new Promise((done) => {
		let typed = '';
		const onData = (key: string) => {
			for (const ch of key) {
				if (ch === '\r' || ch === '\n') {
					stdin.setRawMode(false);
					stdin.pause();
					stdin.off('data', onData);
					process.stdout.write('\n');
					return done(typed);
				}
				if (ch === '\u0003') process.exit(130);
				typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
			}
		};
		stdin.on('data', onData);
		stdin.resume();
	});
}
