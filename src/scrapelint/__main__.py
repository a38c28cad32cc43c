from scrapelint.cli import main

main(prog_name="scrapelint")
